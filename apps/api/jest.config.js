// API tests: unit specs beside the code (src/**/*.spec.ts) and integration specs (test/**/*.int-spec.ts)
// that talk to the real Postgres, Redis and SMTP catcher started by scripts/services.sh.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  testTimeout: 120000, // when run alone; the root config sets it for the whole run
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
};
