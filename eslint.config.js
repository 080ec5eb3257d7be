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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Log data is attacker-controlled: render text, never HTML.',
        },
      ],
    },
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
