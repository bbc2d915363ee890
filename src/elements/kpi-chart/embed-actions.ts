// Which of vega-embed's actions <kpi-chart> offers: `actions="export source"`, or `none`.

export const EMBED_ACTIONS = ['export', 'source', 'compiled', 'editor'] as const;
export type EmbedAction = (typeof EMBED_ACTIONS)[number];

/** vega-embed's `actions` option (false: no menu), or the first word that is not an action. */
export function readActions(value: string | null | undefined): Record<EmbedAction, boolean> | false | { unknown: string } {
  const words = (value ?? '').split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0) return { export: true, source: true, compiled: true, editor: true };
  if (words.length === 1 && words[0] === 'none') return false;
  const unknown = words.find((w) => !(EMBED_ACTIONS as readonly string[]).includes(w));
  if (unknown !== undefined) return { unknown };
  return { export: words.includes('export'), source: words.includes('source'), compiled: words.includes('compiled'), editor: words.includes('editor') };
}
