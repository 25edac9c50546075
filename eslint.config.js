// ESLint: typescript-eslint's type-aware strict rules, plus the layer table from STYLE.md, so that
// lower layers never import higher ones and folders are reached only through their index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What each folder of src/ may import (besides itself). */
const LAYERS = {
  core: [],
  config: ['core'],
  names: ['core'],
  matching: ['core', 'names'],
  candidates: ['core', 'names', 'matching'],
  ingest: ['core', 'names'],
  store: ['core'],
  lists: ['core', 'names', 'matching', 'candidates', 'ingest', 'store', 'screening'],
  screening: ['core', 'names', 'matching', 'candidates', 'store'],
  analysis: ['core', 'names', 'matching', 'candidates', 'screening'],
  app: [
    'core',
    'config',
    'names',
    'matching',
    'candidates',
    'ingest',
    'lists',
    'store',
    'screening',
    'analysis',
  ],
  // The doors see App and core (and config); what they need from lower folders, app re-exports.
  cli: ['core', 'config', 'app', 'server'],
  server: ['core', 'config', 'app'],
  web: ['core'],
};
const ALL = Object.keys(LAYERS);

const layerRules = ALL.map((layer) => {
  const forbidden = ALL.filter((other) => other !== layer && !LAYERS[layer].includes(other));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.map((other) => ({
              group: [`**/${other}/**`, `**/${other}/index.ts`, `../${other}`],
              message: `src/${layer} may not import src/${other} (see STYLE.md layer table).`,
            })),
            {
              // A sub-folder with its own index.ts (screening/batch, screening/monitoring) is a
              // folder too: a door that screens one name need not load the batch and monitoring
              // modules (issue #12).
              group: ALL.filter((o) => o !== layer).flatMap((o) => [
                `../${o}/*.ts`,
                `!../${o}/index.ts`,
                `../${o}/*/*.ts`,
                `!../${o}/*/index.ts`,
                `../${o}/*/*/`,
              ]),
              message: 'Import another folder through its index.ts.',
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'web/dist/**',
      'scripts/.tmp-*',
      '.tmp/**',
      'data/**',
      'test-artifacts/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            'bin/*.js',
            'scripts/*.mjs',
            'scripts/*/*.mjs',
            'src/app/*.mjs',
            'src/screening/batch/*.mjs',
            'src/screening/monitoring/*.mjs',
            'test/support/*.mjs',
          ],
          // Fourteen plain-JavaScript files (launchers, five worker entries, the test runner, build
          // scripts and the tests' module logger) are linted without a tsconfig of their own; the default cap is eight.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // node:test's describe/it return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Tests index into results defensively and cast parsed JSON to the shape they assert on.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  ...layerRules,
);
