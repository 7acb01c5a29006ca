// Shared jest settings: SWC transpiles TypeScript (with decorator metadata for NestJS)
// and the @essor/* aliases of tsconfig.base.json resolve to the libraries' public index.ts.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@essor/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@essor/reference-data$': path.join(__dirname, 'libs/reference-data/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
