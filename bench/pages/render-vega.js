// The same three charts drawn directly by vega's runtime (the kit's own lazy chunk: vega and
// the expression interpreter), their vega specs compiled and rows computed by the bench beforehand.
const params = new URLSearchParams(location.search);
/** A chunk exports its module's namespace under a minified name: find it by what it holds. */
const namespace = (chunk, name) => [chunk, ...Object.values(chunk)].find((value) => value && typeof value === 'object' && name in value);
const specs = await (await fetch('/bench/.out/render-specs.json')).json();
const vegaChunk = await import(`/dist/cdn/${params.get('chunk')}`);
const vega = namespace(vegaChunk, 'View');
const { expressionInterpreter } = namespace(vegaChunk, 'expressionInterpreter');
await Promise.all(
  Object.entries(specs).map(([id, spec]) => new vega.View(vega.parse(spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'svg', container: document.getElementById(id) }).runAsync()),
);
window.widgetsAt = window.chartsAt = performance.now();
