import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports point one way: UI -> store/hunts/data -> engine. These rules keep it so.
const uiFolders = ['**/panels/**', '**/components/**', '**/charts/**', '**/app/**'];
const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group,
        message: 'Imports point one way: UI -> store/hunts/data -> engine.',
      })),
    },
  ],
});

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
    files: ['src/engine/**/*.ts'],
    rules: restrict([
      [
        'react',
        'react-dom',
        'dexie',
        'zustand',
        'echarts*',
        '**/data/**',
        '**/store/**',
        '**/hunts/**',
        ...uiFolders,
      ],
    ]),
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict([
      ['react', 'react-dom', 'zustand', 'echarts*', '**/store/**', '**/hunts/**', ...uiFolders],
    ]),
  },
  {
    files: ['src/store/**/*.ts', 'src/hunts/**/*.ts', 'src/workbook/**/*.ts'],
    rules: restrict([['react-dom', 'echarts*', ...uiFolders]]),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/charts/**'],
    rules: restrict([['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*']]),
  },
);
