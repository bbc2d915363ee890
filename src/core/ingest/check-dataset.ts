import { primeRecordColumns } from '../aggregate/columns.js';
import { isMetricId } from '../metrics/registry.js';
import type { Dataset } from '../schema/dataset.js';
import { COUNT_FACTS, MONEY_FACTS, STAGE_LABEL_KEYS, TOTAL_FACTS } from '../schema/facts.js';
import { CIVIL_DATE, COMPARATORS, CURRENCY, DATASET_GRANULARITIES, DIMENSION_ID, LANGUAGES, MAX, MAX_DIMENSIONS, METRIC_ID, METRIC_SLAS, PERIOD_KEY, RESERVED_IDS, SLA_TYPES, SOURCE_KINDS, TEAMS, WAITING_STAGES, YEARS } from '../schema/patterns.js';
import { benchmarkRules, datasetRules } from '../schema/rules.js';
import { parseCivilDate } from '../time/instant.js';
import { parsePeriod } from '../time/period.js';
import { isTimeZone } from '../time/zone.js';
import { checkRecords } from './parse-records.js';

// The contract checked without zod: yes, or "ask zod". A valid payload, the common case, is
// vouched for here, so a page needs zod (and its schema) only to word what is wrong: the
// elements load them then, and only then. At the first thing it cannot vouch for (an issue,
// or anything odd: an explicit undefined, an object with a prototype, a URL with spaces) it
// gives up, and zod validates the whole, so verdicts and words stay zod's. The same patterns
// and limits (schema/patterns.ts) and the very same rules across fields (schema/rules.ts) as
// zod's schema; a property test holds the two to one answer (test/core/check-dataset.test.ts).

type Obj = Record<string, unknown>;
type Check = (value: unknown) => boolean;

/** An object as JSON.parse makes them (not an array, not null, not a class's). */
const plain = (value: unknown): value is Obj => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A plain object whose keys are all allowed and none of whose values is undefined. */
function objectOf(value: unknown, allowed: ReadonlySet<string>): value is Obj {
  if (!plain(value)) return false;
  for (const key in value) if (!allowed.has(key) || value[key] === undefined) return false;
  return true;
}

/** A strict object: each key's check, absent keys allowed unless required. */
const shape = (checks: Record<string, Check>, required: readonly string[] = []): Check => {
  const allowed = new Set(Object.keys(checks));
  return (value) => objectOf(value, allowed) && required.every((key) => key in value) && Object.keys(value).every((key) => checks[key]!(value[key]));
};
const listOf = (check: Check, max = Infinity): Check => (value) => Array.isArray(value) && value.length <= max && value.every(check);
/** A record: any keys (checked by `key`), each value by `check`. */
const recordOf = (check: Check, key: (name: string) => boolean = () => true): Check => {
  return (value) => {
    if (!plain(value)) return false;
    // "__proto__", a key JSON.parse makes, would set a copy's prototype instead.
    for (const name in value) if (name === '__proto__' || !key(name) || !check(value[name])) return false;
    return true;
  };
};
const oneOf = (choices: readonly unknown[]): Check => (value) => choices.includes(value);

const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const amount: Check = (v) => finite(v) && (v as number) >= 0;
const fraction: Check = (v) => amount(v) && (v as number) <= 1;
const positive: Check = (v) => finite(v) && (v as number) > 0;
const text = (max: number): Check => (v) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const periodKey: Check = (v) => typeof v === 'string' && PERIOD_KEY.test(v) && parsePeriod(v) !== undefined;
const civilDate: Check = (v) => typeof v === 'string' && CIVIL_DATE.test(v) && !Number.isNaN(parseCivilDate(v));
/** A metric id the catalogue knows. */
const metricId: Check = (v) => text(MAX.metricId)(v) && METRIC_ID.test(v as string) && isMetricId(v as string);
const team = oneOf(TEAMS);
const labelsIn = (max: number) => shape(Object.fromEntries(LANGUAGES.map((language) => [language, text(max)])));
const members = recordOf(text(MAX.name));
/** No space or control character anywhere: nothing zod would trim or strip from a link. */
function unpadded(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return false;
  }
  return s === s.trim();
}
// The WHATWG URL parser, as zod uses it: a global in browsers and in Node, outside the core's DOM-free typings.
declare const URL: { canParse(url: string): boolean };
/** An http(s) link zod keeps exactly as given. */
const webLink: Check = (v) => typeof v === 'string' && /^https?:\/\//.test(v) && unpadded(v) && URL.canParse(v);

const dimension = shape({ id: (v) => typeof v === 'string' && DIMENSION_ID.test(v) && !RESERVED_IDS.includes(v), label: text(MAX.label), labels: labelsIn(MAX.label) }, ['id']);
const reason = shape({ code: text(MAX.code), label: text(MAX.reasonLabel), labels: labelsIn(MAX.reasonLabel), owner: team }, ['code', 'owner']);
const stage = shape({ owner: team, maxDays: positive });
const row = shape(
  {
    period: periodKey,
    channel: text(MAX.name),
    dims: members,
    reasons: recordOf(count, (code) => code.length <= MAX.code),
    ...Object.fromEntries(COUNT_FACTS.map((fact) => [fact, count])),
    ...Object.fromEntries([...MONEY_FACTS, ...TOTAL_FACTS].map((fact) => [fact, amount])),
  },
  ['period'],
);
const target = shape({ metric: metricId, period: periodKey, value: finite, channel: text(MAX.name), where: members }, ['metric', 'period', 'value']);
const slaBase = { id: text(MAX.code), owner: team, label: text(MAX.slaLabel), labels: labelsIn(MAX.slaLabel), target: finite, warnAt: fraction };
const metricSla = shape({ ...slaBase, type: oneOf(METRIC_SLAS), metric: metricId }, ['id', 'owner', 'target', 'type', 'metric']);
const hoursSla = shape({ ...slaBase, type: oneOf(SLA_TYPES.filter((type) => !METRIC_SLAS.includes(type))), withinHours: positive }, ['id', 'owner', 'target', 'type', 'withinHours']);
const sla: Check = (v) => (METRIC_SLAS.includes((v as Obj | null)?.type as string) ? metricSla(v) : hoursSla(v));
const source = shape({ name: text(MAX.sourceName), url: webLink, year: (v) => Number.isSafeInteger(v) && (v as number) >= YEARS.min && (v as number) <= YEARS.max, kind: oneOf(SOURCE_KINDS) }, ['name']);
const benchmarkShape = shape({ metric: metricId, low: finite, median: finite, high: finite, value: finite, comparator: oneOf(COMPARATORS), source, segment: text(MAX.name), where: members, note: text(MAX.note) }, ['metric', 'source']);
const benchmark: Check = (v) => benchmarkShape(v) && noIssues((add) => benchmarkRules(v as Obj, add));

/** Whether a rule, run with an issue sink, found nothing. */
function noIssues(run: (add: () => void) => void): boolean {
  let clean = true;
  run(() => (clean = false));
  return clean;
}

/** Every top-level part but the records: the records are checked (and put in columns) by checkRecords. */
const PARTS = shape({
  version: (v) => v === 1,
  currency: (v) => typeof v === 'string' && CURRENCY.test(v),
  timezone: (v) => typeof v === 'string' && isTimeZone(v),
  granularity: oneOf(DATASET_GRANULARITIES),
  asOf: civilDate,
  responseWindowHours: positive,
  stageLabels: shape(Object.fromEntries(STAGE_LABEL_KEYS.map((key) => [key, text(MAX.label)]))),
  dimensions: listOf(dimension, MAX_DIMENSIONS),
  reasons: listOf(reason),
  stages: shape(Object.fromEntries(WAITING_STAGES.map((name) => [name, stage]))),
  rows: listOf(row),
  leads: Array.isArray,
  economics: shape({ grossMargin: fraction, arpa: amount, monthlyChurn: fraction, lifetimeCapMonths: positive }),
  targets: listOf(target),
  slas: listOf(sla),
  benchmarks: listOf(benchmark),
}, ['version']);

/**
 * The dataset, when the input is valid and nothing about it is odd; undefined otherwise,
 * for zod to validate and word. Never throws. Lead records are taken as given (not copied).
 */
export function checkDataset(input: unknown): Dataset | undefined {
  try {
    if (!PARTS(input)) return undefined;
    const given = input as Obj;
    const { timezone = 'UTC', granularity = 'month', dimensions = [], reasons = [], rows = [], targets = [], slas = [], benchmarks = [] } = given;
    const dataset = { ...given, timezone, granularity, dimensions, reasons, rows, targets, slas, benchmarks } as Dataset;
    const leads = given.leads as unknown[] | undefined;
    const records = leads && checkRecords(leads, new Set(dataset.dimensions.map((d) => d.id)), new Set(dataset.reasons.map((r) => r.code)));
    if (leads && !records) return undefined;
    // The rules across parts, with no records: checkRecords has applied theirs (unique ids,
    // nothing before createdAt, the ledger, declared dims and reasons).
    if (!noIssues((add) => datasetRules({ ...dataset, ...(leads && { leads: [] }) }, add))) return undefined;
    if (!records) return dataset;
    if (records.hasAmount && dataset.currency === undefined) return undefined;
    primeRecordColumns(records.leads, records.columns);
    return { ...dataset, leads: records.leads };
  } catch {
    return undefined; // a throwing getter, a proxy: zod's path says what it says of those
  }
}
