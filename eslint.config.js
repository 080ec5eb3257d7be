import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Imports point one way: UI -> store / hunts / data / workbook -> engine, and i18n is the ground
 * floor everyone may use. Two rules keep it so:
 * - `import-x/no-restricted-paths` holds every zone between folders of this repository in ONE
 *   rule, so no later block can replace part of it (flat config replaces a rule's options, it
 *   does not merge them: that is how the old per-folder blocks went dead);
 * - `no-restricted-imports` holds the packages each layer may not use, set once per layer in
 *   blocks whose file globs do not overlap, for the same reason.
 * `import-x/no-cycle` forbids import cycles. Outside the engine, code imports its one public entry,
 * src/engine/index.ts, never a file inside it (the engine's own tests, its test support in
 * src/test and the benchmarks in scripts/bench may reach further); inside it, the parts below
 * the commands import no command, nor the runner. `src/test/lint-rules.test.ts`
 * lints planted violations and fails if any of this stops biting.
 */

const UI = ['./src/app', './src/panels', './src/components', './src/charts', './src/main.tsx'];
const MIDDLE = ['./src/store', './src/hunts', './src/data', './src/workbook'];
// Tests and test support may combine layers and reach into scripts (generators, fixtures).
const TEST_FILES = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/test/**'];

// The engine's users (the app, its tests, the command line and the hunt check) go through its
// public entry.
const engineEntry = {
  target: [...UI, ...MIDDLE, './src/i18n', './scripts'],
  from: './src/engine',
  except: ['./index.ts'],
  message:
    'Import the engine from its public entry, src/engine/index.ts (see src/engine/README.md).',
};

// Inside the engine no part imports one above it: below the commands, nothing imports a command,
// the runner or the assistant (docs/architecture.md, "The engine's public surface").
const BELOW_COMMANDS = [
  'parse',
  'eval',
  'search',
  'stats',
  'fast',
  'macros',
  'time',
  'text',
  'net',
  'structured',
  'ast.ts',
  'context.ts',
  'source.ts',
  'values.ts',
  'errors.ts',
  'data-map.ts',
  'lookups.ts',
  'format.ts',
].map((part) => `./src/engine/${part}`);
const engineFloors = {
  target: BELOW_COMMANDS,
  from: ['./src/engine/commands', './src/engine/run', './src/engine/assist'],
  message:
    'This part of the engine sits below the commands: it may not import them, the runner or the assistant.',
};

const zones = [
  // The engine is pure TypeScript: nothing of the app.
  { target: './src/engine', from: './src', except: ['./engine'] },
  // The message catalogue imports nothing of the app but the engine's pure helpers (data maps).
  { target: './src/i18n', from: './src', except: ['./i18n', './engine'] },
  // The middle floor never reaches up into the UI.
  ...MIDDLE.map((target) => ({ target, from: UI })),
  // Data sits under store, hunts and workbook.
  { target: './src/data', from: ['./src/store', './src/hunts', './src/workbook'] },
  // Hunts are content: they use only their own types.
  { target: './src/hunts', from: ['./src/store', './src/data', './src/workbook'] },
  // Shared UI pieces do not know the screens that use them.
  { target: ['./src/components', './src/charts'], from: ['./src/panels', './src/app'] },
  { target: './src/panels', from: './src/app' },
  // Scripts may import src, never the reverse (tests and test support aside).
  { target: './src', from: './scripts' },
  // Test support (src/test) is not part of the app: only tests and scripts use it.
  { target: './src', from: './src/test' },
]
  .map((zone) => ({
    ...zone,
    message:
      'Imports point one way: UI -> store/hunts/data/workbook -> engine (see eslint.config.js).',
  }))
  .concat(engineEntry, engineFloors);

const packagesRule = (packages) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: packages,
          message: 'This layer may not use this package (see eslint.config.js).',
        },
      ],
    },
  ],
});
const ECHARTS = ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'];
const UI_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];

// Maps keyed by data must not inherit Object.prototype (`constructor`, `__proto__` would hide or
// fake fields): see "Data maps" in src/engine/README.md. A literal typed as a Record or Row, and
// `key in map`, are the usual ways one slips in.
const DATA_MAP =
  'A map keyed by names must have no prototype: use dataMap, dataMapOf, constMap or a Map ' +
  '(engine/data-map.ts).';
// `Record<string, T>` or `Row` (a Record over a union of literal keys is a typed table, not a map).
const mapTypes = (path) => [
  `[${path}.typeName.name='Record'][${path}.typeArguments.params.0.type='TSStringKeyword']`,
  `[${path}.typeName.name='Readonly'][${path}.typeArguments.params.0.typeName.name='Record']` +
    `[${path}.typeArguments.params.0.typeArguments.params.0.type='TSStringKeyword']`,
  `[${path}.typeName.name='Row']`,
];
const dataMapRules = [
  ...mapTypes('id.typeAnnotation.typeAnnotation').map(
    (t) => `VariableDeclarator${t} > ObjectExpression`,
  ),
  ...mapTypes('typeAnnotation.typeAnnotation').map(
    (t) => `PropertyDefinition${t} > ObjectExpression`,
  ),
  ...mapTypes('left.typeAnnotation.typeAnnotation').map(
    (t) => `AssignmentPattern${t} > ObjectExpression`,
  ),
  ...mapTypes('typeArguments.params.0').map((t) => `CallExpression${t} > ObjectExpression`),
  "CallExpression[callee.object.name='Object'][callee.property.name='fromEntries']",
]
  .map((selector) => ({ selector, message: DATA_MAP }))
  .concat({
    selector: "BinaryExpression[operator='in'][left.type!='Literal']",
    message: "`key in map` also finds Object.prototype's members: use hasKey (engine/data-map.ts).",
  });

const domRules = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Log data is attacker-controlled: render text, never HTML.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'bench-results',
      // AssemblyScript: its own types (i32, usize) and built-ins (load, store), compiled by asc.
      'src/**/*.as.ts',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': ['error', ...domRules, ...dataMapRules],
    },
  },
  {
    // Tests build their fixtures as literals; the maps the code under test makes are checked.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.cases.ts'],
    rules: { 'no-restricted-syntax': ['error', ...domRules] },
  },
  {
    files: ['scripts/spl.ts', 'scripts/spl/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...dataMapRules] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    // The benchmarks measure the engine's insides.
    ignores: ['scripts/bench/**'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle parses the files an import names: TypeScript needs its parser for that.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        // Tests may combine layers (and reach into scripts); the engine and i18n stay pure, but
        // for the shared test support.
        {
          zones: [
            ...zones.slice(0, 2).map((zone) => ({ ...zone, except: [...zone.except, './test'] })),
            engineEntry,
          ],
          basePath: import.meta.dirname,
        },
      ],
    },
  },
  // Packages, one block per layer; the globs do not overlap, so no block replaces another.
  {
    files: ['src/engine/**/*.ts'],
    rules: packagesRule(['dexie', ...UI_PACKAGES, ...ECHARTS]),
  },
  {
    files: ['src/data/**/*.ts', 'src/i18n/**/*.ts'],
    rules: packagesRule([...UI_PACKAGES, ...ECHARTS]),
  },
  {
    files: ['src/store/**/*.ts', 'src/hunts/**/*.ts', 'src/workbook/**/*.ts'],
    rules: packagesRule(['react-dom', 'react-dom/*', ...ECHARTS]),
  },
  {
    files: ['src/{app,panels,components}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: packagesRule(ECHARTS),
  },
);
