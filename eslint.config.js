import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const CORE_ONLY = { group: ['lit', 'lit/*', '@lit/*', 'vega', 'vega-*', '../elements/*', '../../elements/*', 'node:*'], message: 'src/core stays DOM-free and framework-free.' };

/**
 * Elements take the core's code only through elements/shared/core.ts, which loads it lazily
 * (with zod) while the data is on its way; statically, only its types, and two modules of
 * plain constants an element needs before the core is in.
 */
const CORE_LAZY_ONLY = {
  regex: '^\\.\\./\\.\\./core/(?!format/locale\\.js$|metrics/types\\.js$)',
  allowTypeImports: true,
  message: "Elements use the core's code through shared/core.ts (loaded lazily): import its types only.",
};

/** What elements draw or read only with numbers on the way comes in the core's lazy chunk (shared/core-api.ts): types only, elsewhere. */
const LAZY_UI_ONLY = {
  regex: '(^\\./|^\\.\\./shared/)(actions-menu|benchmark-text|data-view\\.styles|download|fetch-json|shared-metrics|sparkline|status-badge|table-view)\\.js$',
  allowTypeImports: true,
  message: "Drawn only once numbers are on screen: use it through core() (it comes with the core's lazy chunk).",
};

/** One no-restricted-imports rule per core folder: the framework ban plus the floors above it. */
function coreFloors(above) {
  return Object.entries(above).map(([floor, banned]) => ({
    files: [`src/core/${floor}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_ONLY, { group: banned.map((b) => `../${b}/*`), message: `src/core/${floor} sits below ${banned.join(', ')}: imports run down the floors only (CONVENTIONS.md 17).` }] }],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'schema/', 'custom-elements.json', '.stryker-tmp/', 'reports/', 'scratch/', 'bench/.out/'] },
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
  // The core runs in Node, browsers and Workers: no DOM, no Lit, no vega (DESIGN.md §2).
  // Inside it, floors run one way: time -> schema -> aggregate -> compare -> metrics ->
  // format, specs. Each folder's rule lists the floors above it.
  ...coreFloors({
    time: ['schema', 'aggregate', 'compare', 'metrics', 'format', 'specs'],
    schema: ['aggregate', 'compare', 'metrics', 'format', 'specs'],
    aggregate: ['compare', 'metrics', 'format', 'specs'],
    compare: ['aggregate', 'metrics', 'format', 'specs'],
    metrics: ['format', 'specs'],
    format: ['specs'],
    specs: ['format'],
  }),
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'process'] },
  },
  {
    // Shared element code serves every tag; no tag imports another (the dashboard composes
    // them through define files it is handed, see src/define); nothing imports a define file.
    files: ['src/elements/shared/**/*.ts'],
    // The words of each language: data, beside the type they follow.
    ignores: ['src/elements/shared/locales/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!shared/|\\.\\./)|^\\.\\./\\.\\./define/', message: 'src/elements/shared cannot import a tag folder or a define file.' }] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CORE_LAZY_ONLY, LAZY_UI_ONLY] }],
    },
  },
  {
    files: ['src/elements/*/*.ts'],
    ignores: ['src/elements/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../define/*'], message: 'Elements never import define files: only define files have side effects.' }] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CORE_LAZY_ONLY, LAZY_UI_ONLY] }],
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
