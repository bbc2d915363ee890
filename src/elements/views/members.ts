import type { Dataset, Locale } from '../../core/kit.js';
import type { RenderContext } from './render-context.js';

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
    .map((id) => `${attributeLabel(ctx.dataset, id, ctx.locale, ctx.t.channel).toLowerCase()} ${where[id]}`)
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
