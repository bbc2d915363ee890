// Draws the render benchmark's compiled specs directly with vega's runtime: the kit's own lazy
// chunk (vega and the expression interpreter), found by its name in dist/cdn.

/** A chunk exports its module's namespace under a minified name: find it by what it holds. */
const namespace = (chunk, name) => [chunk, ...Object.values(chunk)].find((value) => value && typeof value === 'object' && name in value);

/** Starts loading the chunk; resolves with a function that draws `{ id: spec }` into the elements of those ids. */
export async function loadVega(chunkName) {
  const chunk = await import(/* @vite-ignore */ `/dist/cdn/${chunkName}`);
  const vega = namespace(chunk, 'View');
  const { expressionInterpreter } = namespace(chunk, 'expressionInterpreter');
  return (specs) =>
    Promise.all(
      Object.entries(specs).map(([id, spec]) => new vega.View(vega.parse(spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'svg', container: document.getElementById(id) }).runAsync()),
    );
}
