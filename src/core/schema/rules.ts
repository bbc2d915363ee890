import { parsePeriod } from '../time/period.js';
import { parseInstant } from '../time/instant.js';
import { LEAD_TIMESTAMPS, MONEY_FACTS, RECORD_FACTS, type Fact, type LeadTimestamp } from './facts.js';
import { firstAtNote } from './issues.js';
import { ledgerIssues, unknownReason } from './ledger.js';

// The contract's rules across fields and items, for a dataset whose every part has the right
// shape. Apart from zod so both validators run this very code: zod's schema to word each
// issue (dataset.ts), the quick check to say only whether there is one (ingest/check-dataset.ts).

/** An issue found by a rule: where, what, and the value at fault. */
export interface RuleIssue {
  path: PropertyKey[];
  message: string;
  input: unknown;
}
export type AddIssue = (issue: RuleIssue) => void;

const MONEY_IN_ROWS: readonly string[] = MONEY_FACTS;
const FROM_RECORDS: readonly string[] = RECORD_FACTS;
const LATER_STAMPS = LEAD_TIMESTAMPS.filter((stamp) => stamp !== 'createdAt');

// The parts the rules read, as the schema's output has them (written here, not imported from
// dataset.ts, which imports this module).
type Members = Record<string, string>;
type Lead = { createdAt: string; id: string | number; amount?: number; reason?: string; dims?: Members } & Partial<Record<LeadTimestamp, string>>;
type Row = { period: string; channel?: string; dims?: Members } & Partial<Record<Fact, number>>;
interface Shaped {
  granularity: string;
  currency?: string;
  responseWindowHours?: number;
  economics?: { arpa?: number };
  dimensions: ReadonlyArray<{ id: string }>;
  reasons: ReadonlyArray<{ code: string }>;
  rows: readonly Row[];
  leads?: readonly Lead[];
  targets: ReadonlyArray<{ channel?: string; where?: Members }>;
  slas: ReadonlyArray<{ id: string; type: string; withinHours?: number }>;
  benchmarks: ReadonlyArray<{ where?: Members }>;
}

/** Every rule across the dataset's parts. */
export function datasetRules(d: Shaped, add: AddIssue): void {
  checkDimensions(d, add);
  let hasMoney = d.economics?.arpa !== undefined;
  d.rows.forEach((row, i) => {
    const period = parsePeriod(row.period);
    if (period && period.granularity !== d.granularity) add({ path: ['rows', i, 'period'], message: `expected a ${d.granularity} key (the dataset's granularity)`, input: row.period });
    for (const key of Object.keys(row)) {
      if (MONEY_IN_ROWS.includes(key)) hasMoney = true;
      if (d.leads && FROM_RECORDS.includes(key)) add({ path: ['rows', i, key], message: 'comes from the lead records when "leads" is given; remove it from rows', input: row[key as Fact] });
    }
  });
  if (!hasMoney && d.leads) hasMoney = d.leads.some((lead) => lead.amount !== undefined);
  if (hasMoney && d.currency === undefined) add({ path: ['currency'], message: 'required when a money field is present', input: undefined });
  const reasonCodes = d.reasons.map((r) => r.code);
  if (d.leads) checkLeads(d.leads, reasonCodes, add);
  checkReasons(d.reasons, add);
  const slaIds = new Set<string>();
  d.slas.forEach((sla, i) => {
    if (slaIds.has(sla.id)) add({ path: ['slas', i, 'id'], message: `duplicate SLA id "${sla.id}"`, input: sla.id });
    slaIds.add(sla.id);
  });
  const response = d.slas.find((sla) => sla.type === 'response');
  if (d.responseWindowHours !== undefined && response?.type === 'response' && response.withinHours !== d.responseWindowHours) {
    add({
      path: ['responseWindowHours'],
      message: `the rows were counted with a ${d.responseWindowHours} h window but the response SLA "${response.id}" says ${response.withinHours} h: aggregate the records again with --response-hours ${response.withinHours}, or change the SLA`,
      input: d.responseWindowHours,
    });
  }
}

/**
 * Records that lie: a lead id given twice (it would be counted twice), and a stage, contact
 * or outcome stamped before the lead was created (a negative sales cycle). Stages out of
 * order among themselves stay valid: CRMs backfill them, and cohort mode counts a skipped
 * or late-logged stage as passed; a contact before the MQL is a 0 h response (README, "The
 * data contract").
 */
function checkLeads(leads: readonly Lead[], reasonCodes: readonly string[], add: AddIssue): void {
  const firstAt = new Map<string, number>();
  leads.forEach((lead, i) => {
    const id = String(lead.id);
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else add({ path: ['leads', i, 'id'], message: `duplicate lead id "${id}" ${firstAtNote('leads', first)}`, input: lead.id });
    const created = parseInstant(lead.createdAt);
    for (const stamp of LATER_STAMPS) {
      const at = lead[stamp];
      if (at !== undefined && parseInstant(at) < created) add({ path: ['leads', i, stamp], message: 'is before createdAt: a lead cannot move before it exists', input: at });
    }
    for (const { field, message } of ledgerIssues(lead)) add({ path: ['leads', i, field], message, input: lead[field] });
    if (lead.reason !== undefined && !reasonCodes.includes(lead.reason)) add({ path: ['leads', i, 'reason'], message: unknownReason(lead.reason, reasonCodes), input: lead.reason });
  });
}

/**
 * Reason codes declared once. A row's counts may name codes the dataset does not declare
 * (rows from `aggregate` know the codes, not their teams): they count as failures with a
 * reason, and with no team until the dataset declares them.
 */
function checkReasons(reasons: ReadonlyArray<{ code: string }>, add: AddIssue): void {
  const seen = new Set<string>();
  reasons.forEach((reason, i) => {
    if (seen.has(reason.code)) add({ path: ['reasons', i, 'code'], message: `reason "${reason.code}" is declared twice`, input: reason.code });
    seen.add(reason.code);
  });
}

/** A row's key (period × channel × dims, dims in id order): two rows with one key would count twice. */
export function rowKey(row: { period: string; channel?: string; dims?: Record<string, string> }): string {
  const dims = row.dims ? Object.keys(row.dims).sort().map((id) => `${id}=${row.dims![id]}`) : [];
  return JSON.stringify([row.period, row.channel ?? null, ...dims]);
}

/**
 * The dimensions' rules: ids declared once; `dims` keys declared (a misspelt key would
 * silently make every record "unassigned"); `where` keys are `channel` or declared; no fact
 * given twice for one row key.
 */
function checkDimensions(d: Shaped, add: AddIssue): void {
  const declared = new Set<string>();
  d.dimensions.forEach((dimension, i) => {
    if (declared.has(dimension.id)) add({ path: ['dimensions', i, 'id'], message: `dimension "${dimension.id}" is declared twice`, input: dimension.id });
    declared.add(dimension.id);
  });
  const known = declared.size === 0 ? 'none is declared in "dimensions"' : `declared: ${[...declared].join(', ')}`;
  const checkKeys = (values: Record<string, string> | undefined, path: PropertyKey[], allowChannel: boolean) => {
    if (!values) return;
    for (const key of Object.keys(values)) {
      if (declared.has(key) || (allowChannel && key === 'channel')) continue;
      add({ path: [...path, key], message: `"${key}" is not a declared dimension (${known})`, input: values[key] });
    }
  };
  // Rows of one key may split its facts (visitors and spend from one source, the funnel from
  // another); the same fact twice under one key would count twice.
  const factRows = new Map<string, number>();
  d.rows.forEach((row, i) => {
    checkKeys(row.dims, ['rows', i, 'dims'], false);
    const key = rowKey(row);
    for (const fact of Object.keys(row)) {
      if (fact === 'period' || fact === 'channel' || fact === 'dims') continue;
      const first = factRows.get(`${key}${fact}`);
      if (first === undefined) factRows.set(`${key}${fact}`, i);
      else add({ path: ['rows', i, fact], message: `is given twice for the same period, channel and dimensions: it would count twice ${firstAtNote('rows', first)}`, input: (row as Record<string, unknown>)[fact] });
    }
  });
  d.leads?.forEach((lead, i) => checkKeys(lead.dims, ['leads', i, 'dims'], false));
  d.targets.forEach((target, i) => {
    checkKeys(target.where, ['targets', i, 'where'], true);
    if (target.channel !== undefined && target.where?.channel !== undefined && target.where.channel !== target.channel) {
      add({ path: ['targets', i, 'channel'], message: 'differs from where.channel: give the channel once', input: target.channel });
    }
  });
  d.benchmarks.forEach((benchmark, i) => checkKeys(benchmark.where, ['benchmarks', i, 'where'], true));
}

/** A benchmark's own rules: something to compare with, a band the right way up, a comparator with its value. */
export function benchmarkRules(b: { low?: number; median?: number; high?: number; value?: number; comparator?: string }, add: AddIssue): void {
  if (b.low === undefined && b.median === undefined && b.high === undefined && b.value === undefined) add({ path: [], message: 'a benchmark needs low, median, high or value', input: b });
  if (b.low !== undefined && b.high !== undefined && b.low > b.high) add({ path: ['low'], message: 'low is above high', input: b.low });
  if (b.comparator !== undefined && b.value === undefined) add({ path: ['comparator'], message: 'comparator needs a value', input: b.comparator });
}
