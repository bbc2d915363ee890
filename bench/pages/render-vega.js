// The same three charts drawn directly by vega's runtime, their vega specs compiled and rows
// computed by the bench beforehand.
import { loadVega } from './draw-vega.js';

const specs = await (await fetch('/bench/.out/render-specs.json')).json();
const draw = await loadVega(new URLSearchParams(location.search).get('chunk'));
await draw(specs);
window.widgetsAt = window.chartsAt = performance.now();
