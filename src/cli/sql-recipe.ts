import { readFile } from 'node:fs/promises';
import { DIMENSION_ID } from '../core/schema/patterns.js';
import { PACKAGE_ROOT } from './package-root.js';

// The SQL recipes (sql/period-rows.sql, and sql/period-reasons.sql for the rows' `reasons`)
// for rows that keep some dimensions: the same queries, grouped by channel and those columns
// of the `leads` table. The recipes ship as they run (channel only); a variant is a recipe
// with the dimensions added where channel is named, each place checked, so a change to a
// recipe that one of them misses fails loudly.

const RECIPE = new URL('sql/period-rows.sql', PACKAGE_ROOT);
const REASONS_RECIPE = new URL('sql/period-reasons.sql', PACKAGE_ROOT);

/** The recipe's text, as shipped. */
export async function periodRowsSql(): Promise<string> {
  return readFile(RECIPE, 'utf8');
}

/** The reasons recipe's text, as shipped: failures by month × channel × reason code. */
export async function periodReasonsSql(): Promise<string> {
  return readFile(REASONS_RECIPE, 'utf8');
}

/** Replaces `from` by `to` exactly once in `sql`. */
function once(sql: string, from: string, to: string): string {
  const at = sql.indexOf(from);
  if (at < 0 || sql.indexOf(from, at + from.length) >= 0) throw new Error(`the SQL recipe no longer names channel as "${from}" once`);
  return sql.slice(0, at) + to + sql.slice(at + from.length);
}

/** The dimensions as quoted column names, each id checked. */
function quotedDims(dims: readonly string[]): string[] {
  for (const id of dims) if (!DIMENSION_ID.test(id) || id === 'channel' || id === 'period') throw new Error(`"${id}" is not a dimension id`);
  return dims.map((id) => `"${id}"`);
}

/**
 * The recipe grouping by channel and the given dimensions (columns of `leads` named as the
 * dimensions' ids, NULL where a record has none): one row per month × channel × members.
 */
export function withDimensions(sql: string, dims: readonly string[]): string {
  if (dims.length === 0) return sql;
  const quoted = quotedDims(dims);
  const list = (prefix: string) => quoted.map((q) => `${prefix}${q}`).join(', ');
  let out = once(sql, 'SELECT l.channel, e.at', `SELECT l.channel, ${list('l.')}, e.at`);
  out = once(out, 'SELECT channel, month_index,', `SELECT channel, ${quoted.join(', ')}, month_index,`);
  out = once(out, 'GROUP BY channel, month_index', `GROUP BY channel, ${quoted.join(', ')}, month_index`);
  out = once(out, 'SELECT DISTINCT channel FROM facts', `SELECT DISTINCT channel, ${quoted.join(', ')} FROM facts`);
  out = once(out, '  c.channel,\n', `  c.channel,\n${quoted.map((q) => `  c.${q},\n`).join('')}`);
  out = once(out, 'AND f.channel IS NOT DISTINCT FROM c.channel', `AND f.channel IS NOT DISTINCT FROM c.channel${quoted.map((q) => ` AND f.${q} IS NOT DISTINCT FROM c.${q}`).join('')}`);
  out = once(out, 'ORDER BY c.channel NULLS LAST,', `ORDER BY c.channel NULLS LAST, ${quoted.map((q) => `c.${q} NULLS LAST`).join(', ')},`);
  return out;
}

/**
 * The reasons recipe grouping by channel and the given dimensions, as {@link withDimensions}
 * does the rows': one row per month × channel × members × reason code.
 */
export function reasonsWithDimensions(sql: string, dims: readonly string[]): string {
  if (dims.length === 0) return sql;
  const quoted = quotedDims(dims);
  let out = once(sql, 'SELECT l.channel, f.at', `SELECT l.channel, ${quoted.map((q) => `l.${q}`).join(', ')}, f.at`);
  out = once(out, '  channel,\n  reason,\n', `  channel,\n${quoted.map((q) => `  ${q},\n`).join('')}  reason,\n`);
  out = once(out, 'GROUP BY channel, month_index, reason', `GROUP BY channel, ${quoted.join(', ')}, month_index, reason`);
  out = once(out, 'ORDER BY channel NULLS LAST,', `ORDER BY channel NULLS LAST, ${quoted.map((q) => `${q} NULLS LAST`).join(', ')},`);
  return out;
}
