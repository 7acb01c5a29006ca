// ESLint 9 flat config for the whole workspace. Every lint target runs with --max-warnings 0.
// Conventions enforced here: docs style-anchors §7 rules 1, 2, 23 and §8.2 (module boundaries).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs'];
const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/__tests__/**/*.ts', 'apps/api/test/**/*.ts', 'apps/web-e2e/src/**/*.ts'];

// Node globals for the plain-JS config files (jest.config.js, tools/register.js, ...).
const nodeGlobals = Object.fromEntries(
  [
    ...['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'global', 'globalThis'],
    ...[
      'URL',
      'URLSearchParams',
      'fetch',
      'AbortController',
      'AbortSignal',
      'TextEncoder',
      'TextDecoder',
      'structuredClone',
      'performance',
    ],
    ...['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'],
  ].map((name) => [name, 'readonly']),
);

// --- Focused tests (style-anchors §7 rule 23): no it.only / describe.only / test.only / fit / fdescribe.
const noFocusedTests = [
  {
    selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
    message: 'Focused test (.only) would silently skip the rest of the suite: remove .only before committing.',
  },
  {
    selector: 'CallExpression[callee.name=/^(fit|fdescribe)$/]',
    message: 'Focused test (fit/fdescribe) would silently skip the rest of the suite.',
  },
];

// --- Folder rules inside apps/api (style-anchors §8.2) -------------------------------------------
// modules/<a> may import core/*, @essor/* and modules/<b>/index only; core/* never imports modules/*.
// A relative specifier only says where it points once we know how deep the importing file sits, so
// the "sibling module internals" pattern is generated per depth below apps/api/src/modules/<a>/.
const INDEX_ONLY = '(?:index(?:\\.ts)?)?$'; // "../b", "../b/index", "../b/index.ts" are the public entry
const moduleInternalsMessage =
  'Import another feature module only through its public index.ts (modules/<b>), never its internals (style-anchors §8.2).';
const viaModulesDir = {
  // "./modules/b/x", "../../modules/b/x": any path that names modules/<b>/<something other than index>
  regex: `^\\.{1,2}/(?:\\.\\./)*(?:.*/)?modules/[^/]+/(?!${INDEX_ONLY}).+`,
  message: moduleInternalsMessage,
};
const siblingModuleInternals = (depth) => ({
  // From apps/api/src/modules/<a>/<depth-1 folders>/file.ts, "../" x depth lands in modules/.
  regex: `^(?:\\.\\./){${depth}}[^./][^/]*/(?!${INDEX_ONLY}).+`,
  message: moduleInternalsMessage,
});
const coreImportsModules = {
  regex: '^\\.{1,2}/(?:\\.\\./)*(?:.*/)?modules(?:/|$)',
  message:
    'core/ is platform code and never imports feature modules (style-anchors §8.2). Invert the dependency (registry, provider token, outbox event).',
};
const restrictedImports = (...regexPatterns) => ['error', { patterns: regexPatterns }];
const MAX_MODULE_DEPTH = 6;

const apiFolderRules = [
  {
    files: ['apps/api/src/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(viaModulesDir) },
  },
  ...Array.from({ length: MAX_MODULE_DEPTH }, (_, i) => {
    const depth = i + 1; // depth 1 = apps/api/src/modules/<a>/file.ts
    return {
      files: [`apps/api/src/modules/*/${'*/'.repeat(depth - 1)}*.ts`],
      rules: { 'no-restricted-imports': restrictedImports(viaModulesDir, siblingModuleInternals(depth)) },
    };
  }),
  {
    files: ['apps/api/src/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(coreImportsModules) },
  },
  {
    // Composition root: the one place in core/ allowed to name feature entities.
    files: ['apps/api/src/core/database/entities.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // A TypeORM relation needs the target entity class. Entities import each other's files directly:
    // a module's index.ts would load its Nest providers into the ORM layer.
    files: ['apps/api/src/modules/*/entities/*.entity.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

// --- Framework-free shared libraries (style-anchors §7 rule 24, DESIGN §3) ----------------------
const frameworkImports = ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'react/*', 'react-dom/*'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '**/coverage/**',
      'var/**',
      'dumps/**',
      '.nx/**',
      'apps/api/schema.gql',
      'libs/reference-data/data/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // JavaScript (config files, tools/)
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: nodeGlobals },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },

  // TypeScript: recommended + a few type-aware rules that catch real bugs (lost promises, missing cases).
  {
    files: TS_FILES,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // react-router v7 types navigate() as `void | Promise<void>`; the router owns that promise.
          allowForKnownSafeCalls: [{ from: 'package', name: 'NavigateFunction', package: 'react-router' }],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'off', // decorator metadata needs value imports in Nest
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', ...noFocusedTests],
    },
  },
  {
    files: JS_FILES,
    rules: { 'no-restricted-syntax': ['error', ...noFocusedTests] },
  },

  // Nx project boundaries (style-anchors §7 rule 1): explicit tags, no wildcards. Source files only:
  // the JS config files (jest.config.js -> ../../jest.preset.js) legitimately reach the workspace root.
  {
    files: TS_FILES,
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          checkDynamicDependenciesExceptions: [],
          allow: [],
          depConstraints: [
            // scopes
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: frameworkImports,
            },
            // types
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access', 'type:ui'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: frameworkImports,
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            // Tags of §8.2 with no project yet, declared so that a new project is constrained from day one.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:domain', 'type:util', 'type:data-access'] },
          ],
        },
      ],
    },
  },

  // libs/domain: pure TypeScript. Node built-ins are not "external" to the Nx graph, so ban them here.
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'libs/domain is pure TypeScript: no Node built-ins (keep I/O in the callers).' },
            { group: frameworkImports, message: 'libs/domain is framework-free: no Nest, TypeORM or React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/reference-data/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: frameworkImports, message: 'libs/reference-data is framework-free: no Nest, TypeORM or React.' }] },
      ],
    },
  },

  ...apiFolderRules,

  // Tests: allow the usual looseness that does not hide bugs.
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // Formatting is prettier's job: turn off every stylistic rule that would fight it. Keep last.
  prettier,
);
