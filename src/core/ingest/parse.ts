import type * as z from 'zod/mini';
import { isMetricId } from '../metrics/registry.js';
import { columnsBuilder } from '../aggregate/columns.js';
import { datasetSchema, leadRecordSchema } from '../schema/dataset.js';
import { checkDataset } from './check-dataset.js';
import { checkRecord } from './parse-records.js';
import { formatPath, MAX_ISSUES, renumberFirstAt, type SchemaIssue } from '../schema/issues.js';

export { formatIssues, formatPath, MAX_ISSUES, type SchemaIssue } from '../schema/issues.js';

/** A dataset, or the issues found: the first MAX_ISSUES listed, all of them counted. */
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: SchemaIssue[]; issueCount: number };
import type { Dataset } from '../schema/dataset.js';

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

function describe(issue: z.core.$ZodIssue): SchemaIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown key' }));
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return [{ path: formatPath(issue.path), message: 'required' }];
    // zod/mini ships no message locale: its default text is a bare "Invalid input".
    if (issue.message === 'Invalid input') return [{ path: formatPath(issue.path), message: `expected ${article(issue.expected)}, got ${typeName(issue.input)}` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest rather than a bare "invalid input".
    const best = issue.errors.reduce((a, b) => (a.length <= b.length ? a : b));
    return best.flatMap((inner) => describe({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** A value failing both a shape check and a calendar check should be reported once. */
function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type RawIssue = { path: PropertyKey[]; message: string };

/** Metric ids the catalogue does not know, in a dataset or in the well-shaped parts of one. */
function unknownMetricIssues(dataset: Partial<Record<'targets' | 'slas' | 'benchmarks', unknown>>): RawIssue[] {
  const issues: RawIssue[] = [];
  for (const name of ['targets', 'slas', 'benchmarks'] as const) {
    const list = dataset[name];
    if (!Array.isArray(list)) continue;
    list.forEach((item: { metric?: unknown }, i) => {
      if (typeof item.metric === 'string' && !isMetricId(item.metric)) issues.push({ path: [name, i, 'metric'], message: `unknown metric "${item.metric}"` });
    });
  }
  return issues;
}

const LISTS = new Set<PropertyKey>(['rows', 'leads', 'targets', 'slas', 'benchmarks']);

/**
 * zod skips the cross-field checks (and parseDataset the metric ids) when a part has the
 * wrong type, so a file with both kinds of mistakes would reveal them in waves, one fix at
 * a time. When every such issue sits inside list items, the checks run again on the dataset
 * without those items; their paths are mapped back to the items' places in the input.
 * (`custom` issues come from checks, which zod runs on a value of the right type anyway.)
 */
function crossFieldIssues(input: unknown, shapeIssues: ReadonlyArray<z.core.$ZodIssue>): RawIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const bad = new Map<PropertyKey, Set<number>>();
  for (const { path, code } of shapeIssues) {
    if (code === 'custom') continue;
    const [list, index] = path;
    if (!LISTS.has(list!) || typeof index !== 'number') return []; // a broken top-level field: nothing sound to check against
    if (!bad.has(list!)) bad.set(list!, new Set());
    bad.get(list!)!.add(index);
  }
  const salvaged: Record<string, unknown> = { ...input };
  const places = new Map<PropertyKey, number[]>();
  for (const [list, indexes] of bad) {
    const items = (input as Record<string, unknown>)[list as string] as unknown[];
    const kept = items.map((_, i) => i).filter((i) => !indexes.has(i));
    salvaged[list as string] = kept.map((i) => items[i]);
    places.set(list, kept);
  }
  const result = datasetSchema.safeParse(salvaged);
  const raw = [...(result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))), ...unknownMetricIssues(salvaged)];
  // An item's place in the input, from its place among the kept ones (in paths, and in messages: "first at leads[2]").
  const place = (list: PropertyKey, index: number) => places.get(list)?.[index] ?? index;
  return raw.map(({ path, message }) => {
    const [list, index, ...rest] = path;
    return {
      path: typeof index === 'number' ? [list!, place(list!, index), ...rest] : path,
      message: renumberFirstAt(message, place),
    };
  });
}

/** zod over the whole input at once: the contract's source of truth, for lists of bounded size. */
function parseWhole(input: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: SchemaIssue[] } {
  try {
    const result = datasetSchema.safeParse(input, { reportInput: true });
    if (result.success) {
      const issues = unknownMetricIssues(result.data).map(({ path, message }) => ({ path: formatPath(path), message }));
      return issues.length === 0 ? { ok: true, dataset: result.data } : { ok: false, issues };
    }
    const later = crossFieldIssues(input, result.error.issues).map(({ path, message }) => ({ path: formatPath(path), message }));
    return { ok: false, issues: dedupe([...result.error.issues.flatMap(describe), ...later]) };
  } catch (error) {
    // A getter that throws, a revoked proxy: hostile input, still not our exception to leak.
    return { ok: false, issues: [{ path: '(root)', message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/**
 * Above this many lead records, zod is given one bad record at a time: over the whole list
 * it gathers every issue of every record (and spreads them into one call, which overflows
 * the stack near 100,000), where only the first {@link MAX_ISSUES} are ever shown.
 */
export const RECORDS_AT_ONCE = 5_000;

/**
 * A long records list, in bounded memory: each record the fast check cannot vouch for is
 * worded by zod on its own (issues kept up to the cap, the rest only counted), then the
 * dataset is checked whole with the well-shaped records only (the rules across records and
 * fields), its paths put back at the records' places in the input. The same issues as zod
 * over the whole input, records' own issues first.
 */
function parseManyRecords(input: Record<string, unknown>, leads: readonly unknown[]): ParseResult {
  const kept: number[] = [];
  const issues: SchemaIssue[] = [];
  let issueCount = 0;
  const { columns, channelId, reasonId } = columnsBuilder(1);
  // Records with dims or a reason the fast check leaves to zod: it words what is wrong.
  const check = { channelId, reasonId, reasons: new Set<string>() };
  for (let i = 0; i < leads.length; i++) {
    const record = leads[i];
    if (checkRecord(record, columns, 0, check)) {
      kept.push(i);
      continue;
    }
    const result = leadRecordSchema.safeParse(record, { reportInput: true });
    // Well shaped, yet refused by the fast check: a rule across fields, for the whole-dataset pass.
    if (result.success) {
      kept.push(i);
      continue;
    }
    const own = dedupe(result.error.issues.flatMap((issue) => describe({ ...issue, path: ['leads', i, ...issue.path] } as z.core.$ZodIssue)));
    issueCount += own.length;
    for (const issue of own) if (issues.length < MAX_ISSUES) issues.push(issue);
  }
  const rest = parseWhole({ ...input, leads: kept.map((i) => leads[i]) });
  if (rest.ok && issueCount === 0) return { ok: true, dataset: rest.dataset };
  const place = (list: string, index: number) => (list === 'leads' ? kept[index]! : index);
  const later = rest.ok
    ? []
    : rest.issues.map(({ path, message }) => ({
        path: path.replace(/^leads\[(\d+)\]/, (_, k: string) => `leads[${kept[Number(k)]!}]`),
        message: renumberFirstAt(message, place),
      }));
  return { ok: false, issues: [...issues, ...later].slice(0, MAX_ISSUES), issueCount: issueCount + later.length };
}

/**
 * zod alone: the contract's source of truth (and what the fast path is tested against).
 * `recordsAtOnce` is for tests, which hold both ways of wording issues to the same answer.
 */
export function parseWithZod(input: unknown, { recordsAtOnce = RECORDS_AT_ONCE } = {}): ParseResult {
  const leads = typeof input === 'object' && input !== null && !Array.isArray(input) ? readLeads(input) : undefined;
  if (Array.isArray(leads) && leads.length > recordsAtOnce) return parseManyRecords(input as Record<string, unknown>, leads);
  const result = parseWhole(input);
  return result.ok ? result : { ok: false, issues: result.issues.slice(0, MAX_ISSUES), issueCount: result.issues.length };
}

/** The input's `leads`, or undefined when reading it throws (zod then says what it says of that). */
function readLeads(input: object): unknown {
  try {
    return (input as { leads?: unknown }).leads;
  } catch {
    return undefined;
  }
}

/**
 * Validates anything (usually the result of JSON.parse) against the data contract.
 * Never throws: bad input comes back as readable, capped issues, all of them in one run.
 * Lead records are taken as given (not copied): do not change them afterwards.
 */
export function parseDataset(input: unknown): ParseResult {
  const dataset = checkDataset(input);
  return dataset ? { ok: true, dataset } : parseWithZod(input);
}
