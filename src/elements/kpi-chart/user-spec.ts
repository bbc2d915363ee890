// A page's own vega-lite spec, made safe to draw over the kit's table. The spec is code
// written by the page's author (as a script on the page would be); what the kit refuses is
// anything that reaches outside the table: a URL anywhere (data, lookups, images) is an
// error that names it, and the loader given to vega refuses every URL besides.

/** The named dataset the spec reads: `{"data": {"name": "table"}}`. */
export const TABLE = 'table';

/** Why a spec cannot be drawn. */
export type SpecProblem = { notJson: string } | { notObject: true } | { url: string; value: string };

/** The spec as given (an object, or the attribute's JSON), or why it is not one. */
export function readSpec(value: unknown, malformed: (value: unknown) => string | undefined): { spec: Record<string, unknown> } | { problem: SpecProblem } {
  const notJson = malformed(value);
  if (notJson !== undefined) return { problem: { notJson } };
  let spec = value;
  if (typeof spec === 'string') {
    try {
      spec = JSON.parse(spec) as unknown;
    } catch (error) {
      return { problem: { notJson: (error as Error).message } };
    }
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return { problem: { notObject: true } };
  const url = findUrl(spec as Record<string, unknown>);
  return url ? { problem: url } : { spec: spec as Record<string, unknown> };
}

/**
 * The first `url` anywhere in the spec, with its path ("layer[1].transform[0].from.data.url"):
 * vega-lite loads data, lookups and images from a `url`. The spec's `usermeta` is left out:
 * vega never reads it (its embed options are dropped, see prepareSpec).
 */
export function findUrl(node: unknown, path = 'spec'): { url: string; value: string } | undefined {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) {
      const found = findUrl(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`;
    if (key === 'url') return { url: at, value: typeof value === 'string' ? value : JSON.stringify(value) };
    if (key === 'usermeta' && path === 'spec') continue;
    const found = findUrl(value, at);
    if (found) return found;
  }
  return undefined;
}

/**
 * The spec without its links (`href`: an encoding channel, a mark's or the config's), outside
 * its inline datasets. The element never follows a link; left in, each linked mark had vega ask
 * the refusing loader for its URL, and vega's SVG export threw, unhandled, on the refusal.
 */
function withoutLinks(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutLinks(item));
  if (node === null || typeof node !== 'object' || key === 'datasets') return node;
  return Object.fromEntries(Object.entries(node).flatMap(([k, value]) => (k === 'href' ? [] : [[k, withoutLinks(value, k)]])));
}

/** Whether the spec's width is the element's: a unit or layer spec with no width, or `"container"`. */
function fitsWidth(spec: Record<string, unknown>): boolean {
  return ('mark' in spec || 'layer' in spec) && (spec.width === undefined || spec.width === 'container');
}

/**
 * The spec to embed: a copy without links (see withoutLinks) whose top-level data is the kit's table by name (the spec's own
 * `data` is replaced; rows go into the view, never into the spec, so "View source" and the
 * editor see the spec alone), without embed options of its own (`usermeta.embedOptions`
 * would override the element's: its loader, its expression interpreter, its menu). `fit`:
 * the element sets its width and follows the container's.
 */
export function prepareSpec(spec: Record<string, unknown>): { spec: Record<string, unknown>; fit: boolean } {
  const copy = withoutLinks(JSON.parse(JSON.stringify(spec))) as Record<string, unknown>;
  copy.data = { name: TABLE };
  const datasets = copy.datasets as Record<string, unknown> | undefined;
  if (datasets && typeof datasets === 'object') delete datasets[TABLE];
  const usermeta = copy.usermeta as Record<string, unknown> | undefined;
  if (usermeta && typeof usermeta === 'object') delete usermeta.embedOptions;
  const fit = fitsWidth(copy);
  if (fit) {
    delete copy.width;
    copy.autosize ??= { type: 'fit-x', contains: 'padding' };
  }
  return { spec: copy, fit };
}
