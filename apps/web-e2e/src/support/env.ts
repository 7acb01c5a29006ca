/** Where the journey runs. The lead's test script sets these; defaults suit a local run. */
export const WEB_URL = (process.env['E2E_WEB_URL'] ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
export const MAILDEV_API_URL = (process.env['MAILDEV_API_URL'] ?? 'http://127.0.0.1:1080').replace(/\/$/, '');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
