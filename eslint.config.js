import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const CORE_ONLY = { group: ['lit', 'lit/*', '@lit/*', 'vega', 'vega-*', '../elements/*', '../../elements/*', 'node:*'], message: 'src/core stays DOM-free and framework-free.' };

/**
 * The elements' floors, lowest first (ARCHITECTURE.md): a floor imports from the floors below
 * it only, types included; the tag folders, above them all, import from any floor, never
 * from another tag or a define file. Each floor lists its modules that come with the core's
 * lazy chunk (lazy/core-api.ts exports the chunk; `*`: all of the floor): only code of the
 * chunk imports them, and the core's code, as values. Code of an element's first load
 * imports them, and the core, as types only (plus two modules of plain constants an element
 * needs before the core is in), so the first load never grows by the core or by them.
 */
const ELEMENT_FLOORS = {
  contract: [],
  i18n: ['en', 'bridge-words', 'review-words', 'chart-words', 'dashboard-words', 'reasons-words'],
  views: ['*'],
  data: ['fetch-json'],
  lazy: ['core-api', 'bridge-api', 'review-api', 'chart-api', 'dashboard-api', 'reasons-api', 'validate-api', 'validate-payload', 'warm-up-in-tasks', 'shared-metrics'],
  source: [],
  base: [],
  charts: [],
};

/** A module or folder name as a regex: its dots are literal. */
const literal = (name) => name.replaceAll('.', '\\.');

const FIRST_LOAD_CORE = {
  regex: '^\\.\\./\\.\\./core/(?!format/locale\\.js$|metrics/types\\.js$)',
  allowTypeImports: true,
  message: "First-load element code uses the core's code through lazy/core.ts (loaded lazily, ARCHITECTURE.md): import its types only.",
};

/** The chunk's modules on the floors up to `floor`, as seen from a file of `floor` (types only there). */
function chunkModules(floor) {
  const floors = Object.keys(ELEMENT_FLOORS);
  const reachable = floor === 'tags' ? floors : floors.slice(0, floors.indexOf(floor) + 1);
  const specs = reachable.flatMap((f) => ELEMENT_FLOORS[f].map((m) => `${f === floor ? '\\./' : `\\.\\./${literal(f)}/`}${m === '*' ? '' : `${literal(m)}\\.js$`}`));
  return specs.length === 0 ? [] : [{ regex: `^(${specs.join('|')})`, allowTypeImports: true, message: "Comes with the core's lazy chunk: use it through core() (lazy/core.ts), import its types only." }];
}

/** One config per element floor (its first-load files and its chunk files apart), and one for the tag folders. */
function elementFloors() {
  const floors = Object.keys(ELEMENT_FLOORS);
  const configs = floors.flatMap((floor, i) => {
    const below = floors.slice(0, i);
    const above = [...floors.slice(i + 1), 'a tag folder'];
    const floorRule = {
      regex: `^\\.\\./(?!${[...below.map((b) => `${b}/`), '\\.\\./'].join('|')})|^\\.\\./\\.\\./define/`,
      message: `src/elements/${floor} sits below ${above.join(', ')}, and no element code imports a define file: imports run down the floors only (ARCHITECTURE.md).`,
    };
    const chunk = ELEMENT_FLOORS[floor];
    const chunkFiles = chunk.map((m) => `src/elements/${floor}/${m === '*' ? '**/*' : m}.ts`);
    const rules = (firstLoad) => ({
      'no-restricted-imports': ['error', { patterns: [floorRule] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: firstLoad ? [FIRST_LOAD_CORE, ...chunkModules(floor)] : [] }],
    });
    return [
      { files: [`src/elements/${floor}/**/*.ts`], ignores: chunkFiles, rules: rules(true) },
      ...(chunkFiles.length > 0 ? [{ files: chunkFiles, rules: rules(false) }] : []),
    ];
  });
  configs.push({
    files: ['src/elements/*/*.ts'],
    ignores: floors.map((floor) => `src/elements/${floor}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^\\.\\./(?!${[...floors.map((f) => `${f}/`), '\\.\\./'].join('|')})|^\\.\\./\\.\\./define/`, message: 'A tag imports the floors of src/elements, never another tag (the dashboard composes them through the define files it is handed) nor a define file: only define files have side effects.' }] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [FIRST_LOAD_CORE, ...chunkModules('tags')] }],
    },
  });
  return configs;
}

/** One no-restricted-imports rule per core folder: the framework ban plus the floors above it. */
function coreFloors(above) {
  return Object.entries(above).map(([floor, banned]) => ({
    files: [`src/core/${floor}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_ONLY, { group: banned.map((b) => `../${b}/*`), message: `src/core/${floor} sits below ${banned.join(', ')}: imports run down the floors only (ARCHITECTURE.md).` }] }],
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
  // The core runs in Node, browsers and Workers: no DOM, no Lit, no vega (ARCHITECTURE.md).
  // Inside it, floors run one way: time -> schema -> aggregate -> compare -> metrics ->
  // ingest -> format, specs. Each folder's rule lists the floors above it.
  ...coreFloors({
    time: ['schema', 'aggregate', 'compare', 'metrics', 'ingest', 'format', 'specs'],
    schema: ['aggregate', 'compare', 'metrics', 'ingest', 'format', 'specs'],
    aggregate: ['compare', 'metrics', 'ingest', 'format', 'specs'],
    compare: ['aggregate', 'metrics', 'ingest', 'format', 'specs'],
    metrics: ['ingest', 'format', 'specs'],
    ingest: ['format', 'specs'],
    format: ['specs'],
    specs: ['format'],
  }),
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'process'] },
  },
  // The elements' floors and the lazy chunk's edge (ELEMENT_FLOORS above).
  ...elementFloors(),
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
