// The same three charts embedded directly with vega-embed (the kit's own lazy chunk, with
// the same options), their specs and rows computed by the bench beforehand.
const chunk = new URLSearchParams(location.search).get('chunk');
const specs = await (await fetch('/bench/.out/render-specs.json')).json();
const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import(`/dist/cdn/${chunk}`), import(`/dist/cdn/${new URLSearchParams(location.search).get('interpreter')}`)]);
await Promise.all(
  Object.entries(specs).map(([id, spec]) => embed(document.getElementById(id), spec, { ast: true, expr: expressionInterpreter, actions: false, defaultStyle: false, renderer: 'svg' })),
);
window.widgetsAt = window.chartsAt = performance.now();
