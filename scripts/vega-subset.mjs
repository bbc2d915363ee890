// What the kit's chart runtime takes of vega (scripts/bundle-vega-runtime.mjs): vega's
// packages from their ES sources, one module a file and none with side effects of its own,
// so a bundler keeps only what the runtime reaches (each package's prebuilt single file
// keeps every transform, scheme and renderer it holds); and, in place of the modules below,
// which the kit's compiled specs never reach, a stub whose every export throws, saying what
// was left out. A template that came to need one fails loudly, in the tests that draw every
// compiled template through the runtime so built (test/package/chart-runtime.test.ts, through
// dist's; test/elements/chart-runtime.test.ts and every chart element test, in the browser).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Left out (package-relative source files), and why the kit's specs never reach them. */
const LEFT_OUT = {
  // Named colour schemes (and d3-scale-chromatic's interpolators): the theme gives every range its colours.
  'vega-scale/src/palettes.js': 'named colour schemes',
  // Geo expression functions (d3-geo): no chart has a projection.
  'vega-functions/src/functions/geo.js': 'geo functions',
  // Selection and lasso expression functions: no chart has a selection.
  'vega-selections/index.js': 'selections',
  'vega-functions/src/functions/lasso.js': 'lasso functions',
  // Date units, intervals and sequences (d3-time): no chart has a temporal field or scale.
  'vega-time/index.js': 'dates',
  // Random distributions, only reachable as expression functions no chart calls.
  'vega-statistics/src/normal.js': 'normal distributions',
  'vega-statistics/src/lognormal.js': 'log-normal distributions',
  'vega-statistics/src/uniform.js': 'uniform distributions',
  // Expression functions no chart calls, nor vega's parser writes for the specs' marks and guides.
  'vega-functions/src/functions/modify.js': 'the modify function',
  'vega-functions/src/functions/tree.js': 'tree functions',
  'vega-functions/src/functions/pinch.js': 'pinch functions',
  'vega-functions/src/functions/scale-gradient.js': 'the scaleGradient function',
  'vega-functions/src/functions/shape.js': 'shape functions',
  'vega-functions/src/functions/luminance.js': 'luminance functions',
  'vega-functions/src/functions/window.js': 'window and container size functions',
  'vega-functions/src/functions/intersect.js': 'the intersect function',
  'vega-functions/src/functions/inscope.js': 'the inScope function',
  'vega-functions/src/functions/pluck.js': 'the pluck function',
  'vega-functions/src/functions/merge.js': 'the merge function',
  // Parsers of what no chart has: signals updated on events, projections, gradient legends
  // (every legend is of symbols).
  'vega-parser/src/parsers/update.js': 'signal updates on events',
  'vega-parser/src/parsers/stream.js': 'event streams',
  'vega-parser/src/parsers/projection.js': 'projections',
  'vega-parser/src/parsers/guides/legend-gradient.js': 'gradient legends',
  'vega-parser/src/parsers/guides/legend-gradient-discrete.js': 'gradient legends',
  'vega-parser/src/parsers/guides/legend-gradient-labels.js': 'gradient legends',
  // Input elements bound to signals: no chart binds one.
  'vega-view/src/bind.js': 'signal bindings',
  // Timer event streams (d3-timer): no chart listens to events.
  'vega-view/src/timer.js': 'timer events',
  // Event selector strings: no chart listens to events (hover and tooltips are the view's own).
  'vega-event-selector/index.js': 'event selectors',
  // Charts draw as SVG (and into a headless canvas for a PNG): not the hybrid of both.
  'vega-scenegraph/src/HybridRenderer.js': 'the hybrid renderer',
  'vega-scenegraph/src/HybridHandler.js': 'the hybrid renderer',
  // Data comes only from the element, as rows: no TopoJSON (nor CSV, below) to read.
  'vega-loader/src/formats/topojson.js': 'TopoJSON reading',
};

/** Replaced by a smaller module of the kit's (scripts/vega-subset/): only the kinds the specs draw. */
const REPLACED = {
  'vega-scenegraph/src/marks/index.js': 'marks.js',
  'vega-scenegraph/src/path/curves.js': 'curves.js',
  'vega-loader/src/formats/dsv.js': 'dsv.js',
  'vega-loader/src/loader.js': 'loader.js',
  'vega-functions/src/functions/ease.js': 'ease.js',
  'vega-format/src/time.js': 'time-format.js',
};

/** Imports replaced for one importing module only: [importer, source] -> a module of the kit's (scripts/vega-subset/). */
const REPLACED_IMPORTS = {
  // The scale types the specs use; the rest of d3-scale (time, log, sequential, diverging, quantile, …) left out.
  'vega-scale/src/scales.js d3-scale': 'd3-scale.js',
};

/** A vega package's ES source entry (its browser one where it has one; else what it exports), as the importer finds the package. */
function sourceEntry(name, importer) {
  const built = createRequire(importer ?? import.meta.url).resolve(name);
  const dir = built.slice(0, built.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
  for (const file of ['index.browser.js', 'index.js']) {
    try {
      readFileSync(join(dir, file));
      return join(dir, file);
    } catch {
      // next
    }
  }
  // vega-util ships its modules one a file already.
  return built;
}

/** `vega-x/src/y.js` for a file of a vega package, or undefined. */
const packagePath = (file) => /[/\\]node_modules[/\\](vega-[a-z-]+[/\\].+)$/.exec(file)?.[1].replaceAll('\\', '/');

/** The names a module exports (the simple forms vega's sources use). */
function exportNames(code) {
  const names = new Set();
  for (const [, name] of code.matchAll(/export\s+(?:const|let|var|function\*?|class|async\s+function)\s+([\w$]+)/g)) names.add(name);
  if (/export\s+default\b/.test(code)) names.add('default');
  for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of list.split(',').map((s) => s.trim()).filter(Boolean)) names.add(part.split(/\s+as\s+/).pop());
  return [...names];
}

/** A module exporting the same names, each a function (or class) that throws when used. */
function stub(code, what) {
  const message = JSON.stringify(`${what}: left out of inbound-kpi-kit's chart runtime (scripts/vega-subset.mjs)`);
  const lines = [`function leftOut() { throw new Error(${message}); }`];
  for (const name of exportNames(code)) lines.push(name === 'default' ? 'export default leftOut;' : `export const ${name} = leftOut;`);
  return lines.join('\n');
}

/**
 * d3-shape ships one file in which each curve is a constructor whose prototype is set at the
 * top level, or a function made by a call there: a bundler keeps every curve for those. Each
 * becomes a pure expression (as it is: none has an effect outside itself), so the curves and
 * symbol types nothing uses go.
 */
export function pureConstructors(code) {
  return code.replace(/^((?:var|const) [\w$]+ = )(?=\(function custom\(|[\w$]+\()/gm, '$1/*#__PURE__*/ ').replace(/^function (\w+)\(([^)]*)\) \{\n((?:.*\n)*?)\}\n\n\1\.prototype = \{\n((?:.*\n)*?)\};\n/gm, (_all, name, params, body, proto) =>
    `const ${name} = /*#__PURE__*/ (() => {\nfunction ${name}(${params}) {\n${body}}\n${name}.prototype = {\n${proto}};\nreturn ${name};\n})();\n`,
  );
}

/** A module of the subset: a vega package's source (not the prebuilt files a full vega beside it, <kpi-chart>'s, loads). */
const inSubset = (id) => packagePath(id)?.includes('/build/') === false;

/**
 * The Vite (rolldown) plugin: for the modules `from` accepts (the chart runtime's) and all
 * they reach, vega's packages from source, without side effects, and the modules above left
 * out. Any other import of vega (vega-embed's) gets vega as it is.
 */
export function vegaSubset({ from }) {
  return {
    name: 'vega-subset',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !(from(importer) || inSubset(importer))) return undefined;
      const replaced = REPLACED_IMPORTS[`${packagePath(importer)} ${source}`];
      if (replaced) return { id: join(HERE, 'vega-subset', replaced), moduleSideEffects: false };
      if (/^vega-[a-z-]+$/.test(source)) return { id: sourceEntry(source, importer), moduleSideEffects: false };
      if (inSubset(importer) && /^\.\.?\//.test(source)) {
        const file = resolve(dirname(importer), source);
        return { id: file.endsWith('.js') ? file : `${file}.js`, moduleSideEffects: false };
      }
      return undefined;
    },
    load(id) {
      if (!inSubset(id)) return undefined;
      const path = packagePath(id);
      if (path in REPLACED) return readFileSync(join(HERE, 'vega-subset', REPLACED[path]), 'utf8');
      if (path in LEFT_OUT) return stub(readFileSync(id, 'utf8'), LEFT_OUT[path]);
      return undefined;
    },
    transform(code, id) {
      if (/[/\\]node_modules[/\\]d3-shape[/\\]dist[/\\]d3-shape\.mjs$/.test(id)) return { code: pureConstructors(code), map: null };
      // The shape generators vega-scenegraph makes when it loads: pure, so those of marks no
      // chart has (arcs, areas, trails) go.
      if (inSubset(id) && packagePath(id) === 'vega-scenegraph/src/path/shapes.js') return { code: code.replace(/(=\s*)((?:d3|vg)_\w+)\(\)/g, '$1/*#__PURE__*/ $2()'), map: null };
      return undefined;
    },
  };
}
