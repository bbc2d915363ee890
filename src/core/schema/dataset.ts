import * as z from 'zod/mini';
import { isInstant, parseCivilDate } from '../time/instant.js';
import { parsePeriod } from '../time/period.js';
import { isTimeZone } from '../time/zone.js';
import { COUNT_FACTS, MONEY_FACTS, STAGE_LABEL_KEYS, TOTAL_FACTS, type Fact } from './facts.js';
import { CIVIL_DATE, COMPARATORS, CURRENCY, DATASET_GRANULARITIES, DIMENSION_ID, INSTANT, MAX, MAX_DIMENSIONS, METRIC_ID, PERIOD_KEY, RESERVED_IDS, SLA_TYPES, SOURCE_KINDS, TEAMS, YEARS } from './patterns.js';
import { benchmarkRules, datasetRules, type AddIssue } from './rules.js';

export { DIMENSION_ID, MAX_DIMENSIONS } from './patterns.js';
export { rowKey } from './rules.js';

// The data contract, version 1 (README, "The data contract"). Strict objects everywhere: an unknown key
// is a mistake to report, not data to drop. Messages say what was expected, in words a
// person fixing a JSON file can act on. The patterns and limits live in patterns.ts and the
// rules across fields in rules.ts, shared with the quick check (ingest/check-dataset.ts).

// zod probes `new Function` once unless told not to; strict-CSP pages must see no eval.
z.config({ jitless: true });

const EXPECT_COUNT = 'expected a non-negative integer';
const EXPECT_AMOUNT = 'expected a non-negative finite number';
const EXPECT_FRACTION = 'expected a fraction between 0 and 1';
const EXPECT_PERIOD = 'expected a period key: 2026-03-15, 2026-W09, 2026-03, 2026-Q1 or 2026';
const EXPECT_INSTANT = 'expected an ISO 8601 timestamp with offset, e.g. 2026-03-04T10:15:00-03:00';
// The shape is right but the calendar or the clock says no: a day past its month's end, an hour past 23.
const EXPECT_REAL_INSTANT = 'expected a timestamp that exists: its day in its month, hours to 23, minutes and seconds to 59';
const EXPECT_DATE = 'expected a calendar date YYYY-MM-DD';

const count = z.int({ error: EXPECT_COUNT }).check(z.minimum(0, { error: EXPECT_COUNT }));
const amount = z.number({ error: EXPECT_AMOUNT }).check(z.minimum(0, { error: EXPECT_AMOUNT }));
const fraction = z.number({ error: EXPECT_FRACTION }).check(z.minimum(0, { error: EXPECT_FRACTION }), z.maximum(1, { error: EXPECT_FRACTION }));
const positive = (unit: string) => z.number().check(z.positive({ error: `expected a positive number of ${unit}` }));
const text = (max: number) => z.string({ error: 'expected a string' }).check(z.minLength(1, { error: 'expected a non-empty string' }), z.maxLength(max, { error: `expected at most ${max} characters` }));
// The regexes put the shape into the JSON Schema; the refinements check the calendar.
const periodKey = z.string({ error: EXPECT_PERIOD }).check(z.regex(PERIOD_KEY, { error: EXPECT_PERIOD }), z.refine((s) => parsePeriod(s) !== undefined, { error: EXPECT_PERIOD }));
const instant = z.string({ error: EXPECT_INSTANT }).check(z.regex(INSTANT, { error: EXPECT_INSTANT }), z.refine((s) => !INSTANT.test(s) || isInstant(s), { error: EXPECT_REAL_INSTANT }));
const civilDate = z.string().check(z.regex(CIVIL_DATE, { error: EXPECT_DATE }), z.refine((s) => !Number.isNaN(parseCivilDate(s)), { error: EXPECT_DATE }));
const metricId = text(MAX.metricId).check(z.regex(METRIC_ID, { error: 'expected a metric id such as mqls or cac' }));
const channel = text(MAX.name);
const team = z.enum(TEAMS, { error: 'expected "marketing" or "sales"' });
const labelsIn = (max: number) => z.strictObject({ en: z.optional(text(max)), 'pt-BR': z.optional(text(max)), es: z.optional(text(max)) });

const dimensionId = z.string({ error: 'expected a dimension id' }).check(
  z.regex(DIMENSION_ID, { error: 'expected a dimension id: a lower-case letter, then up to 31 lower-case letters, digits or _' }),
  z.refine((id) => !RESERVED_IDS.includes(id), { error: '"channel" and "period" are not dimension ids: they are built in' }),
);
/** A record's or a row's members: `{ "segment": "SMB" }`; keys are checked against the declared dimensions. */
const dims = z.record(z.string(), text(MAX.name));
/** A view: equalities over `channel` and the declared dimensions, all of them to hold. */
const where = z.record(z.string(), text(MAX.name));

export const dimensionSchema = z.strictObject({
  id: dimensionId,
  label: z.optional(text(MAX.label)),
  labels: z.optional(labelsIn(MAX.label)),
});

// A row's failures by reason code ('' for failures without a reason).
const reasonCounts = z.record(z.string().check(z.maxLength(MAX.code, { error: `expected at most ${MAX.code} characters` })), count);
const rowShape: Record<string, z.ZodMiniType> = { period: periodKey, channel: z.optional(channel), dims: z.optional(dims), reasons: z.optional(reasonCounts) };
for (const fact of COUNT_FACTS) rowShape[fact] = z.optional(count);
for (const fact of [...MONEY_FACTS, ...TOTAL_FACTS]) rowShape[fact] = z.optional(amount);

/** Facts at period × channel × dimensions grain, all additive (README, "The data contract": summary rows). */
export const summaryRowSchema = z.strictObject(rowShape as { period: typeof periodKey; channel: z.ZodMiniOptional<typeof channel>; dims: z.ZodMiniOptional<typeof dims>; reasons: z.ZodMiniOptional<typeof reasonCounts> } & Record<Fact, z.ZodMiniOptional<typeof amount>>);

export const leadRecordSchema = z.strictObject({
  id: z.union([text(MAX.name), count]),
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
  reason: z.optional(text(MAX.code)),
});

/** A failure's reason, owned by the team whose work it points at ("not our ICP": marketing; "never called back": sales). */
export const reasonSchema = z.strictObject({
  code: text(MAX.code),
  label: z.optional(text(MAX.reasonLabel)),
  labels: z.optional(labelsIn(MAX.reasonLabel)),
  owner: team,
});

const stageSchema = z.strictObject({
  owner: z.optional(team),
  maxDays: z.optional(positive('days')),
});
/** The stages a lead waits in, each with its owning team and how long it may wait there. */
const stagesSchema = z.strictObject({ leads: z.optional(stageSchema), mqls: z.optional(stageSchema), sqls: z.optional(stageSchema), opportunities: z.optional(stageSchema), customers: z.optional(stageSchema) });

export const economicsSchema = z.strictObject({
  grossMargin: z.optional(fraction),
  arpa: z.optional(amount),
  monthlyChurn: z.optional(fraction),
  lifetimeCapMonths: z.optional(positive('months')),
});

export const targetSchema = z.strictObject({
  metric: metricId,
  period: periodKey,
  value: z.number({ error: 'expected a finite number' }),
  channel: z.optional(channel),
  where: z.optional(where),
});

const slaBase = {
  id: text(MAX.code),
  owner: team,
  label: z.optional(text(MAX.slaLabel)),
  labels: z.optional(labelsIn(MAX.slaLabel)),
  target: z.number({ error: 'expected a finite number' }),
  warnAt: z.optional(fraction),
};
const [VOLUME, RESPONSE, METRIC, ACCEPTANCE] = SLA_TYPES;

export const slaSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...slaBase, type: z.literal(VOLUME), metric: metricId }),
    z.strictObject({ ...slaBase, type: z.literal(RESPONSE), withinHours: positive('hours') }),
    z.strictObject({ ...slaBase, type: z.literal(METRIC), metric: metricId }),
    z.strictObject({ ...slaBase, type: z.literal(ACCEPTANCE), withinHours: positive('hours') }),
  ],
  { error: 'expected type "volume", "response", "metric" or "acceptance"' },
);

export const benchmarkSourceSchema = z.strictObject({
  name: text(MAX.sourceName),
  // Only web links: a `javascript:` URL in a source must never become a link.
  url: z.optional(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
  year: z.optional(z.int().check(z.minimum(YEARS.min), z.maximum(YEARS.max))),
  kind: z.optional(z.enum(SOURCE_KINDS)),
});

/** A rule's issue as zod reports it. */
const zodIssues =
  (ctx: z.core.$RefinementCtx): AddIssue =>
  ({ path, message, input }) =>
    ctx.addIssue({ code: 'custom', ...(path.length > 0 && { path }), message, input });

export const benchmarkSchema = z
  .strictObject({
    metric: metricId,
    low: z.optional(z.number()),
    median: z.optional(z.number()),
    high: z.optional(z.number()),
    value: z.optional(z.number()),
    comparator: z.optional(z.enum(COMPARATORS)),
    source: benchmarkSourceSchema,
    segment: z.optional(text(MAX.name)),
    where: z.optional(where),
    note: z.optional(text(MAX.note)),
  })
  .check(z.superRefine((b, ctx) => benchmarkRules(b, zodIssues(ctx))));

const stageLabelShape = Object.fromEntries(STAGE_LABEL_KEYS.map((key) => [key, z.optional(text(MAX.label))])) as Record<(typeof STAGE_LABEL_KEYS)[number], z.ZodMiniOptional<ReturnType<typeof text>>>;

export const datasetSchema = z
  .strictObject({
    version: z.literal(1, { error: 'expected version 1' }),
    currency: z.optional(z.string().check(z.regex(CURRENCY, { error: 'expected an ISO 4217 code such as USD or BRL' }))),
    timezone: z._default(z.string().check(z.refine(isTimeZone, { error: 'expected an IANA time zone such as America/Sao_Paulo' })), 'UTC'),
    granularity: z._default(z.enum(DATASET_GRANULARITIES, { error: 'expected "day", "week", "month" or "quarter"' }), 'month'),
    asOf: z.optional(civilDate),
    // The window rows' mqlsContactedInSla were counted with (`aggregate --response-hours`),
    // so rows are never read against an SLA with another window.
    responseWindowHours: z.optional(positive('hours')),
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
  .check(z.superRefine((d, ctx) => datasetRules(d, zodIssues(ctx))));

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
