// Browser journeys: headless Debian Chromium driven by playwright-core, against the built web app
// (vite preview, proxying /graphql to the API) and maildev. Env: E2E_WEB_URL, MAILDEV_API_URL,
// optional CHROMIUM_PATH. Failure screenshots go to tmp/e2e/.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  testTimeout: 120000, // when run alone; the root config sets it for the whole run
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
};
