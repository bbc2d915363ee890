import { foldMembers, metricForChannels, rankedMembers, type Dataset, type Locale } from '../../core/kit.js';
import type { RenderContext } from './render-context.js';
import { inSentence } from '../i18n/in-sentence.js';

// Members of a dimension as people read them (README, "Slicing by any dimension"): the
// dataset's own label of a dimension in the page's language, the value of a member as the
// data writes it (text, never markup), "Unassigned" for the data without one.

/** The name of an attribute a view is split by: "Channel", or the dataset's label of a dimension (its id when it has none). */
export function attributeLabel(dataset: Dataset, id: string, locale: Locale, channelWord: string): string {
  if (id === 'channel') return channelWord;
  const dimension = dataset.dimensions.find((d) => d.id === id);
  return dimension?.labels?.[locale] ?? dimension?.label ?? id;
}

/** A member as shown: its value, or "Unassigned". */
export function memberLabel(ctx: RenderContext, member: string | null): string {
  return member ?? ctx.t.unassigned;
}

/** "segment enterprise · owner Ana": a view's conditions, each attribute by its label. */
export function whereText(ctx: RenderContext, where: Readonly<Record<string, string>>): string {
  return Object.keys(where)
    .map((id) => `${inSentence(attributeLabel(ctx.dataset, id, ctx.locale, ctx.t.channel))} ${where[id]}`)
    .join(' · ');
}

/** The view of one member within an element's view: what a `kpi-select` carries (none for the unassigned, which no where can name). */
export function memberWhere(ctx: RenderContext, by: string, member: string | null): Record<string, string> | undefined {
  return member === null ? undefined : { ...ctx.result.where, [by]: member };
}

/** The view an element shows, in its sentence: "all channels", a channel's name, or "segment enterprise · owner Ana". */
export function viewText(ctx: RenderContext): string {
  const where = ctx.result.where;
  if (!where) return ctx.t.allChannels;
  const keys = Object.keys(where);
  return keys.length === 1 && keys[0] === 'channel' ? where.channel! : whereText(ctx, where);
}

/** One segment of a split: a member's values of some metrics (member undefined: the "other" segment of the rest). */
export interface MemberValues {
  member?: string | null;
  label: string;
  values: Record<string, number | null>;
}

/**
 * A view split `by` a dimension for a chart of few colours: one entry per member while they
 * fit in `max`, else the members with the most leads and one "N others" of the rest's summed
 * facts; data without a member is an entry too, so the entries sum to the view.
 */
export function memberSplit(ctx: RenderContext, by: string, metrics: readonly string[], max: number): MemberValues[] {
  const at = ctx.result.interval;
  const query = { mode: ctx.result.mode, by, ...(ctx.result.where && { where: ctx.result.where }) };
  const { shown, rest } = foldMembers(rankedMembers(ctx.dataset, at, query.mode, query), max);
  const values = (members: Array<string | null>) => Object.fromEntries(metrics.map((metric) => [metric, metricForChannels(ctx.dataset, at, { ...query, metric }, members).value]));
  const split: MemberValues[] = shown.map((member) => ({ member, label: memberLabel(ctx, member), values: values([member]) }));
  if (rest.length > 0) split.push({ label: by === 'channel' ? ctx.t.otherChannels(rest.length) : ctx.t.others(rest.length), values: values(rest) });
  return split;
}

/** What choosing a member selects: its view, with its channel when split by channel (nothing for "other" or the unassigned). */
export function memberSelection(ctx: RenderContext, by: string, member: string | null | undefined): { channel?: string; where?: Record<string, string> } | undefined {
  if (member === undefined || member === null) return undefined;
  return { ...(by === 'channel' && { channel: member }), where: memberWhere(ctx, by, member)! };
}
