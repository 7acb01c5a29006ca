// Every test of the workspace in one run (one summary): pure libraries, web helpers, the API
// against real Postgres/Redis/SMTP, and the browser journeys in headless Chromium.
module.exports = {
  // Two cores: API integration files and the browser journey run side by side.
  maxWorkers: 2,
  // Integration files boot real API/worker processes; browser journeys drive Chromium.
  testTimeout: 120000,
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/libs/reference-data/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
