import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'schema/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/elements/**/*.ts', 'src/define/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/elements/**/*.ts', 'src/define/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core runs in Node, browsers and Workers: no DOM, no Lit, no vega (DESIGN.md §2).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*', 'vega', 'vega-*', '../elements/*', '../../elements/*', 'node:*'], message: 'src/core stays DOM-free and framework-free.' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'process'],
    },
  },
  {
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'scripts/**/*.ts', '*.js', '*.mjs', 'test/support/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) read as bare expressions.
    files: ['test/elements/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Browser code that is not TypeScript: the demo page, and what Playwright runs in the page.
    files: ['demo/**/*.js', 'scripts/**/*.mjs', 'test/**/*.js', 'bench/**/*.mjs', 'bench/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
