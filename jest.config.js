// Every test of the workspace in one run (one summary): pure libraries, web helpers, the API
// against real Postgres/Redis/SMTP, and the browser journeys in headless Chromium.
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/libs/reference-data/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
