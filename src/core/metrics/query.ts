import { NO_WHERE, type Where } from '../schema/where.js';
import type { Dataset } from '../schema/dataset.js';

/** A query the dataset cannot answer (a malformed period key, cohort mode without records, an unknown dimension). */
export class KpiQueryError extends Error {
  override readonly name = 'KpiQueryError';
}

/** How a query names its view: `where` (an object, or `segment=smb&owner=Ana`), with `channel` as a shorthand. */
export interface ViewQuery {
  where?: Where | string;
  channel?: string;
}

/** A percent-decoded part of a query string, as URLSearchParams decodes it (`+` is a space; a broken escape stays as written). */
function decode(part: string): string {
  const text = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `segment=enterprise&owner=Ana` as an object, read exactly as URLSearchParams reads it
 * (`+` is a space, `%2B` a plus); an empty text is no condition. A key given twice, or a
 * pair without `=`, or an empty value, is refused: a view asks each attribute one value.
 */
export function parseWhere(text: string): Record<string, string> {
  const where: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? '' : decode(pair.slice(at + 1));
    if (value === '') throw new KpiQueryError(`where: "${key}" needs a value (${key}=…)`);
    if (key in where) throw new KpiQueryError(`where: "${key}" is given twice; a view asks each attribute one value`);
    where[key] = value;
  }
  return where;
}

/** The attributes a dataset can be sliced by: `channel`, then its declared dimensions. */
export function attributesOf(dataset: Dataset): string[] {
  return ['channel', ...dataset.dimensions.map((d) => d.id)];
}

/** Refuses an attribute the dataset does not declare, naming the ones it does. */
export function checkAttribute(dataset: Dataset, attribute: string, role: 'where' | 'by'): void {
  const known = attributesOf(dataset);
  if (!known.includes(attribute)) throw new KpiQueryError(`${role}: "${attribute}" is not a dimension of this dataset (it has ${known.join(', ')})`);
}

/** A query's view as one where: `channel` folded in, every key checked against the declared dimensions. */
export function resolveWhere(dataset: Dataset, query: ViewQuery): Where {
  const given = typeof query.where === 'string' ? parseWhere(query.where) : (query.where ?? NO_WHERE);
  // A plain object (results carry it): safe, since every key is checked before it is set.
  const where: Record<string, string> = {};
  for (const key of Object.keys(given)) {
    checkAttribute(dataset, key, 'where');
    const value = given[key];
    if (typeof value !== 'string' || value === '') throw new KpiQueryError(`where: "${key}" needs a text value`);
    where[key] = value;
  }
  if (query.channel !== undefined) {
    if (where.channel !== undefined && where.channel !== query.channel) throw new KpiQueryError(`channel "${query.channel}" and where channel "${where.channel}" disagree: give the channel once`);
    where.channel = query.channel;
  }
  return Object.keys(where).length === 0 ? NO_WHERE : where;
}

/** A where without one attribute (the one a table is split by). */
export function without(where: Where, attribute: string): Where {
  if (!(attribute in where)) return where;
  const rest: Record<string, string> = {};
  for (const key of Object.keys(where)) if (key !== attribute) rest[key] = where[key]!;
  return Object.keys(rest).length === 0 ? NO_WHERE : rest;
}
