import * as z from 'zod/mini';
import { isInstant, parseCivilDate, parseInstant } from '../time/instant.js';
import { GRANULARITIES, parsePeriod } from '../time/period.js';
import { isTimeZone } from '../time/zone.js';
import { COUNT_FACTS, LEAD_TIMESTAMPS, MONEY_FACTS, RECORD_FACTS, STAGE_LABEL_KEYS, TOTAL_FACTS, type Fact } from './facts.js';
import { firstAtNote } from './issues.js';
import { ledgerIssues, unknownReason } from './ledger.js';

// The data contract, version 1 (README, "The data contract"). Strict objects everywhere: an unknown key
// is a mistake to report, not data to drop. Messages say what was expected, in words a
// person fixing a JSON file can act on.

// zod probes `new Function` once unless told not to; strict-CSP pages must see no eval.
z.config({ jitless: true });

const EXPECT_COUNT = 'expected a non-negative integer';
const EXPECT_AMOUNT = 'expected a non-negative finite number';
const EXPECT_FRACTION = 'expected a fraction between 0 and 1';
const EXPECT_PERIOD = 'expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026';
const EXPECT_INSTANT = 'expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00';

const count = z.int({ error: EXPECT_COUNT }).check(z.minimum(0, { error: EXPECT_COUNT }));
const amount = z.number({ error: EXPECT_AMOUNT }).check(z.minimum(0, { error: EXPECT_AMOUNT }));
const fraction = z.number({ error: EXPECT_FRACTION }).check(z.minimum(0, { error: EXPECT_FRACTION }), z.maximum(1, { error: EXPECT_FRACTION }));
const text = (max: number) => z.string({ error: 'expected a string' }).check(z.minLength(1, { error: 'expected a non-empty string' }), z.maxLength(max, { error: `expected at most ${max} characters` }));
// The regexes put the shape into the JSON Schema; the refinements check the calendar.
const periodKey = z.string({ error: EXPECT_PERIOD }).check(z.regex(/^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]))?$/, { error: EXPECT_PERIOD }), z.refine((s) => parsePeriod(s) !== undefined, { error: EXPECT_PERIOD }));
const instant = z.string({ error: EXPECT_INSTANT }).check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { error: EXPECT_INSTANT }), z.refine(isInstant, { error: EXPECT_INSTANT }));
const civilDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a calendar date YYYY-MM-DD' }), z.refine((s) => !Number.isNaN(parseCivilDate(s)), { error: 'expected a calendar date YYYY-MM-DD' }));
const metricId = text(64).check(z.regex(/^[a-z][a-z0-9_]*$/, { error: 'expected a metric id such as mqls or cac' }));
const channel = text(200);

/** A dimension's id: what `dims`, `where` and `by` name it by. */
export const DIMENSION_ID = /^[a-z][a-z0-9_]{0,31}$/;
/** Names a `where` or `by` may use besides the declared dimensions; `period` is the rows' key. */
const RESERVED_IDS = ['channel', 'period'];
/** At most this many dimensions: each one multiplies the ways a page can slice the data. */
export const MAX_DIMENSIONS = 8;
const dimensionId = z.string({ error: 'expected a dimension id' }).check(
  z.regex(DIMENSION_ID, { error: 'expected a dimension id: a lower-case letter, then up to 31 lower-case letters, digits or _' }),
  z.refine((id) => !RESERVED_IDS.includes(id), { error: '"channel" and "period" are not dimension ids: they are built in' }),
);
/** A record's or a row's members: `{ "segment": "SMB" }`; keys are checked against the declared dimensions. */
const dims = z.record(z.string(), text(200));
/** A view: equalities over `channel` and the declared dimensions, all of them to hold. */
const where = z.record(z.string(), text(200));

export const dimensionSchema = z.strictObject({
  id: dimensionId,
  label: z.optional(text(80)),
  labels: z.optional(z.strictObject({ en: z.optional(text(80)), 'pt-BR': z.optional(text(80)), es: z.optional(text(80)) })),
});

// A row's failures by reason code ('' for failures without a reason).
const reasonCounts = z.record(z.string().check(z.maxLength(64, { error: 'expected at most 64 characters' })), count);
const rowShape: Record<string, z.ZodMiniType> = { period: periodKey, channel: z.optional(channel), dims: z.optional(dims), reasons: z.optional(reasonCounts) };
for (const fact of COUNT_FACTS) rowShape[fact] = z.optional(count);
for (const fact of [...MONEY_FACTS, ...TOTAL_FACTS]) rowShape[fact] = z.optional(amount);

/** Facts at period × channel × dimensions grain, all additive (README, "The data contract": summary rows). */
export const summaryRowSchema = z.strictObject(rowShape as { period: typeof periodKey; channel: z.ZodMiniOptional<typeof channel>; dims: z.ZodMiniOptional<typeof dims>; reasons: z.ZodMiniOptional<typeof reasonCounts> } & Record<Fact, z.ZodMiniOptional<typeof amount>>);

export const leadRecordSchema = z.strictObject({
  id: z.union([text(200), count]),
  channel: z.optional(channel),
  createdAt: instant,
  mqlAt: z.optional(instant),
  sqlAt: z.optional(instant),
  opportunityAt: z.optional(instant),
  wonAt: z.optional(instant),
  lostAt: z.optional(instant),
  firstContactAt: z.optional(instant),
  amount: z.optional(amount),
  dims: z.optional(dims),
  // The handoff ledger: sales' answer to the MQL, a failure's reason, a return to nurture.
  acceptedAt: z.optional(instant),
  rejectedAt: z.optional(instant),
  disqualifiedAt: z.optional(instant),
  recycledAt: z.optional(instant),
  reason: z.optional(text(64)),
});

const team = z.enum(['marketing', 'sales'], { error: 'expected "marketing" or "sales"' });
const localizedLabels = z.optional(z.strictObject({ en: z.optional(text(120)), 'pt-BR': z.optional(text(120)), es: z.optional(text(120)) }));

/** A failure's reason, owned by the team whose work it points at ("not our ICP": marketing; "never called back": sales). */
export const reasonSchema = z.strictObject({
  code: text(64),
  label: z.optional(text(120)),
  labels: localizedLabels,
  owner: team,
});

const stageSchema = z.strictObject({
  owner: z.optional(team),
  maxDays: z.optional(z.number().check(z.positive({ error: 'expected a positive number of days' }))),
});
/** The stages a lead waits in, each with its owning team and how long it may wait there. */
const stagesSchema = z.strictObject({ leads: z.optional(stageSchema), mqls: z.optional(stageSchema), sqls: z.optional(stageSchema), opportunities: z.optional(stageSchema), customers: z.optional(stageSchema) });

export const economicsSchema = z.strictObject({
  grossMargin: z.optional(fraction),
  arpa: z.optional(amount),
  monthlyChurn: z.optional(fraction),
  lifetimeCapMonths: z.optional(z.number().check(z.positive({ error: 'expected a positive number of months' }))),
});

export const targetSchema = z.strictObject({
  metric: metricId,
  period: periodKey,
  value: z.number({ error: 'expected a finite number' }),
  channel: z.optional(channel),
  where: z.optional(where),
});

const slaBase = {
  id: text(64),
  owner: z.enum(['marketing', 'sales'], { error: 'expected "marketing" or "sales"' }),
  label: z.optional(text(200)),
  target: z.number({ error: 'expected a finite number' }),
  warnAt: z.optional(fraction),
};

export const slaSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...slaBase, type: z.literal('volume'), metric: metricId }),
    z.strictObject({ ...slaBase, type: z.literal('response'), withinHours: z.number().check(z.positive({ error: 'expected a positive number of hours' })) }),
    z.strictObject({ ...slaBase, type: z.literal('metric'), metric: metricId }),
    z.strictObject({ ...slaBase, type: z.literal('acceptance'), withinHours: z.number().check(z.positive({ error: 'expected a positive number of hours' })) }),
  ],
  { error: 'expected type "volume", "response", "metric" or "acceptance"' },
);

export const benchmarkSourceSchema = z.strictObject({
  name: text(300),
  // Only web links: a `javascript:` URL in a source must never become a link.
  url: z.optional(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
  year: z.optional(z.int().check(z.minimum(1900), z.maximum(2200))),
  kind: z.optional(z.enum(['primary', 'secondary', 'internal'])),
});

export const benchmarkSchema = z
  .strictObject({
    metric: metricId,
    low: z.optional(z.number()),
    median: z.optional(z.number()),
    high: z.optional(z.number()),
    value: z.optional(z.number()),
    comparator: z.optional(z.enum(['>=', '<='])),
    source: benchmarkSourceSchema,
    segment: z.optional(text(200)),
    where: z.optional(where),
    note: z.optional(text(500)),
  })
  .check(
    z.superRefine((b, ctx) => {
      if (b.low === undefined && b.median === undefined && b.high === undefined && b.value === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a benchmark needs low, median, high or value', input: b });
      }
      if (b.low !== undefined && b.high !== undefined && b.low > b.high) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: 'low is above high', input: b.low });
      }
      if (b.comparator !== undefined && b.value === undefined) {
        ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'comparator needs a value', input: b.comparator });
      }
    }),
  );

const stageLabelShape = Object.fromEntries(STAGE_LABEL_KEYS.map((key) => [key, z.optional(text(80))])) as Record<(typeof STAGE_LABEL_KEYS)[number], z.ZodMiniOptional<ReturnType<typeof text>>>;

const MONEY_IN_ROWS: readonly string[] = MONEY_FACTS;
const LATER_STAMPS = LEAD_TIMESTAMPS.filter((stamp) => stamp !== 'createdAt');

/**
 * Records that lie: a lead id given twice (it would be counted twice), and a stage, contact
 * or outcome stamped before the lead was created (a negative sales cycle). Stages out of
 * order among themselves stay valid: CRMs backfill them, and cohort mode counts a skipped
 * or late-logged stage as passed (RELIABILITY.md 13); a contact before the MQL is a 0 h
 * response (README, "The data contract").
 */
function checkLeads(leads: ReadonlyArray<z.output<typeof leadRecordSchema>>, reasonCodes: readonly string[], ctx: z.core.$RefinementCtx): void {
  const firstAt = new Map<string, number>();
  leads.forEach((lead, i) => {
    const id = String(lead.id);
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else ctx.addIssue({ code: 'custom', path: ['leads', i, 'id'], message: `duplicate lead id "${id}" ${firstAtNote('leads', first)}`, input: lead.id });
    const created = parseInstant(lead.createdAt);
    for (const stamp of LATER_STAMPS) {
      const at = lead[stamp];
      if (at !== undefined && parseInstant(at) < created) ctx.addIssue({ code: 'custom', path: ['leads', i, stamp], message: 'is before createdAt: a lead cannot move before it exists', input: at });
    }
    for (const { field, message } of ledgerIssues(lead)) ctx.addIssue({ code: 'custom', path: ['leads', i, field], message, input: lead[field] });
    if (lead.reason !== undefined && !reasonCodes.includes(lead.reason)) ctx.addIssue({ code: 'custom', path: ['leads', i, 'reason'], message: unknownReason(lead.reason, reasonCodes), input: lead.reason });
  });
}
/**
 * Reason codes declared once. A row's counts may name codes the dataset does not declare
 * (rows from `aggregate` know the codes, not their teams): they count as failures with a
 * reason, and with no team until the dataset declares them.
 */
function checkReasons(d: { reasons: ReadonlyArray<{ code: string }> }, ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  d.reasons.forEach((reason, i) => {
    if (seen.has(reason.code)) ctx.addIssue({ code: 'custom', path: ['reasons', i, 'code'], message: `reason "${reason.code}" is declared twice`, input: reason.code });
    seen.add(reason.code);
  });
}

type DimensionsInput = {
  dimensions: ReadonlyArray<{ id: string }>;
  rows: ReadonlyArray<{ period: string; channel?: string; dims?: Record<string, string> } & Partial<Record<Fact, number>>>;
  leads?: ReadonlyArray<{ dims?: Record<string, string> }>;
  targets: ReadonlyArray<{ channel?: string; where?: Record<string, string> }>;
  benchmarks: ReadonlyArray<{ where?: Record<string, string> }>;
};

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
function checkDimensions(d: DimensionsInput, ctx: z.core.$RefinementCtx): void {
  const declared = new Set<string>();
  d.dimensions.forEach((dimension, i) => {
    if (declared.has(dimension.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'id'], message: `dimension "${dimension.id}" is declared twice`, input: dimension.id });
    declared.add(dimension.id);
  });
  const known = declared.size === 0 ? 'none is declared in "dimensions"' : `declared: ${[...declared].join(', ')}`;
  const checkKeys = (values: Record<string, string> | undefined, path: PropertyKey[], allowChannel: boolean) => {
    if (!values) return;
    for (const key of Object.keys(values)) {
      if (declared.has(key) || (allowChannel && key === 'channel')) continue;
      ctx.addIssue({ code: 'custom', path: [...path, key], message: `"${key}" is not a declared dimension (${known})`, input: values[key] });
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
      else ctx.addIssue({ code: 'custom', path: ['rows', i, fact], message: `is given twice for the same period, channel and dimensions: it would count twice ${firstAtNote('rows', first)}`, input: (row as Record<string, unknown>)[fact] });
    }
  });
  d.leads?.forEach((lead, i) => checkKeys(lead.dims, ['leads', i, 'dims'], false));
  d.targets.forEach((target, i) => {
    checkKeys(target.where, ['targets', i, 'where'], true);
    if (target.channel !== undefined && target.where?.channel !== undefined && target.where.channel !== target.channel) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'channel'], message: 'differs from where.channel: give the channel once', input: target.channel });
    }
  });
  d.benchmarks.forEach((benchmark, i) => checkKeys(benchmark.where, ['benchmarks', i, 'where'], true));
}

const FROM_RECORDS: readonly string[] = RECORD_FACTS;

export const datasetSchema = z
  .strictObject({
    version: z.literal(1, { error: 'expected version 1' }),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as USD or BRL' }))),
    timezone: z._default(z.string().check(z.refine(isTimeZone, { error: 'expected an IANA time zone such as America/Sao_Paulo' })), 'UTC'),
    granularity: z._default(z.enum(GRANULARITIES.filter((g) => g !== 'year') as ['day', 'week', 'month', 'quarter'], { error: 'expected "day", "week", "month" or "quarter"' }), 'month'),
    asOf: z.optional(civilDate),
    // The window rows' mqlsContactedInSla were counted with (`aggregate --response-hours`),
    // so rows are never read against an SLA with another window.
    responseWindowHours: z.optional(z.number().check(z.positive({ error: 'expected a positive number of hours' }))),
    stageLabels: z.optional(z.strictObject(stageLabelShape)),
    dimensions: z._default(z.array(dimensionSchema).check(z.maxLength(MAX_DIMENSIONS, { error: `expected at most ${MAX_DIMENSIONS} dimensions` })), []),
    reasons: z._default(z.array(reasonSchema), []),
    stages: z.optional(stagesSchema),
    rows: z._default(z.array(summaryRowSchema), []),
    leads: z.optional(z.array(leadRecordSchema)),
    economics: z.optional(economicsSchema),
    targets: z._default(z.array(targetSchema), []),
    slas: z._default(z.array(slaSchema), []),
    benchmarks: z._default(z.array(benchmarkSchema), []),
  })
  .check(
    z.superRefine((d, ctx) => {
      checkDimensions(d, ctx);
      let hasMoney = d.economics?.arpa !== undefined;
      d.rows.forEach((row, i) => {
        const period = parsePeriod(row.period);
        if (period && period.granularity !== d.granularity) {
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'period'], message: `expected a ${d.granularity} key (the dataset's granularity)`, input: row.period });
        }
        for (const key of Object.keys(row)) {
          if (MONEY_IN_ROWS.includes(key)) hasMoney = true;
          if (d.leads && FROM_RECORDS.includes(key)) {
            ctx.addIssue({ code: 'custom', path: ['rows', i, key], message: 'comes from the lead records when "leads" is given; remove it from rows', input: row[key as Fact] });
          }
        }
      });
      if (!hasMoney && d.leads) hasMoney = d.leads.some((lead) => lead.amount !== undefined);
      if (hasMoney && d.currency === undefined) {
        ctx.addIssue({ code: 'custom', path: ['currency'], message: 'required when a money field is present', input: undefined });
      }
      const reasonCodes = d.reasons.map((r) => r.code);
      if (d.leads) checkLeads(d.leads, reasonCodes, ctx);
      checkReasons(d, ctx);
      const slaIds = new Set<string>();
      d.slas.forEach((sla, i) => {
        if (slaIds.has(sla.id)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'id'], message: `duplicate SLA id "${sla.id}"`, input: sla.id });
        slaIds.add(sla.id);
      });
      const response = d.slas.find((sla) => sla.type === 'response');
      if (d.responseWindowHours !== undefined && response?.type === 'response' && response.withinHours !== d.responseWindowHours) {
        ctx.addIssue({
          code: 'custom',
          path: ['responseWindowHours'],
          message: `the rows were counted with a ${d.responseWindowHours} h window but the response SLA "${response.id}" says ${response.withinHours} h: aggregate the records again with --response-hours ${response.withinHours}, or change the SLA`,
          input: d.responseWindowHours,
        });
      }
    }),
  );

export type DatasetInput = z.input<typeof datasetSchema>;
export type Dataset = z.output<typeof datasetSchema>;
export type SummaryRow = z.output<typeof summaryRowSchema>;
export type LeadRecord = z.output<typeof leadRecordSchema>;
export type Economics = z.output<typeof economicsSchema>;
export type Target = z.output<typeof targetSchema>;
export type Sla = z.output<typeof slaSchema>;
export type Benchmark = z.output<typeof benchmarkSchema>;
export type Dimension = z.output<typeof dimensionSchema>;
export type Reason = z.output<typeof reasonSchema>;
export type BenchmarkSource = z.output<typeof benchmarkSourceSchema>;
