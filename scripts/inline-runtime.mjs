// The CDN build's one file before the numbers: rolldown moves its runtime helpers (a few
// hundred bytes) to a chunk of their own as soon as two chunks share them, and then the
// CDN file imports that chunk statically, a further request before any number (since
// <kpi-chart>'s chunk, vega-embed's namespaces, shares them). This plugin gives each chunk
// that imports the helpers its own copy instead, and drops the helpers' chunk.

const RUNTIME = /(^|\/)rolldown-runtime-[^/]*\.js$/;

/** `a`, `a as b` (in an import or export list) as [name, alias]. */
const specifiers = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [name, alias] = s.split(/\s+as\s+/);
      return [name, alias ?? name];
    });

/** The rewrite of a chunk's code: its import of the runtime chunk becomes a local copy of the helpers (on the same line, so source maps keep their lines). */
export function inlineRuntimeImport(code, runtimeFile, runtimeCode) {
  const exported = /export\s*\{([^}]*)\};?\s*$/.exec(runtimeCode.trim());
  if (!exported) throw new Error(`${runtimeFile}: no export list to inline`);
  const body = runtimeCode.trim().slice(0, exported.index);
  const exports = new Map(specifiers(exported[1]).map(([local, name]) => [name, local]));
  const base = runtimeFile.split('/').pop().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const importRe = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${base}["'];?`, 'g');
  return code.replace(importRe, (_all, list) => {
    const bindings = specifiers(list).map(([name, alias]) => {
      if (!exports.has(name)) throw new Error(`${runtimeFile} exports no ${name}`);
      return `${name}:${alias}`;
    });
    const returned = [...exports].map(([name, local]) => `${name}:${local}`);
    return `var{${bindings.join(',')}}=(()=>{${body}return{${returned.join(',')}}})();`;
  });
}

/** The Vite (rolldown) plugin: after the bundle is generated, every import of the runtime chunk is inlined and the chunk removed. */
export function inlineRuntime() {
  return {
    name: 'inline-rolldown-runtime',
    generateBundle(_options, bundle) {
      const runtime = Object.values(bundle).find((file) => file.type === 'chunk' && RUNTIME.test(file.fileName));
      if (!runtime) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file === runtime || !file.imports.includes(runtime.fileName)) continue;
        file.code = inlineRuntimeImport(file.code, runtime.fileName, runtime.code);
        file.imports = file.imports.filter((f) => f !== runtime.fileName);
      }
      delete bundle[runtime.fileName];
    },
  };
}
