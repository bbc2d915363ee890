import * as z from 'zod/mini';
import { dimensionSchema, MAX_DIMENSIONS, reasonSchema } from '../../core/schema/dataset.js';
import { LEAD_TIMESTAMPS } from '../../core/schema/facts.js';
import { GRANULARITIES } from '../../core/time/period.js';
import { isTimeZone } from '../../core/time/zone.js';
import { isDateFormat } from './dates.js';

// The mapping file: which column of a CRM export is which field of a lead record, how its
// dates and numbers are written, and how its enums (sources, statuses, lost reasons) read in
// the contract's words (README, "From your CRM in one command"). Presets are mapping files.

/** Fields a column can fill directly. */
export const TEXT_FIELDS = ['id', 'channel', 'reason'] as const;
export const FIELDS = [...TEXT_FIELDS, 'amount', ...LEAD_TIMESTAMPS] as const;
export type Field = (typeof FIELDS)[number];
/** A column whose values are events: `status` maps each value to a timestamp field (or null: no event), stamped with the date of the column `at`. */
export const STATUS = 'status';
const DIMS = /^dims\.[a-z][a-z0-9_]{0,31}$/;

/** What a value map yields: the contract has no empty channel, member or code. */
const word = z.string().check(z.minLength(1, { error: 'expected a non-empty string, or null for no value' }));

const FIELD_WORDS = `${FIELDS.join(', ')}, status or dims.<dimension id>`;
const field = z.string().check(z.refine((f) => (FIELDS as readonly string[]).includes(f) || f === STATUS || DIMS.test(f), { error: `expected a field: ${FIELD_WORDS}` }));
const dateFormat = z.string().check(z.refine(isDateFormat, { error: 'expected a date format such as DD/MM/YYYY HH:mm, M/D/YYYY h:mm A or ISO (YYYY, MM or M, DD or D once each; HH, H, hh, h with A, mm, ss, SSS)' }));

export const columnSchema = z.union([
  field,
  z.strictObject({
    field,
    /** Cell values to the contract's: channel names, dimension members, reason codes, or for `status` a timestamp field (null: no event). Values not listed are kept as written (channel, dims), or make their row fail (reason, status). */
    values: z.optional(z.record(z.string(), z.nullable(word))),
    /** For cells not listed in `values`: this value instead (null: no value, or no event). Without it, such cells are kept as written (channel, dims) or make their row fail (reason, status). */
    otherwise: z.optional(z.nullable(word)),
    /** This column's date formats, tried in order (default: the mapping's dateFormats). */
    dateFormats: z.optional(z.array(dateFormat).check(z.minLength(1))),
    /** For `status`: the column holding the date of the status. */
    at: z.optional(z.string().check(z.minLength(1))),
  }),
]);

export const mappingSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    $comment: z.optional(z.string()),
    /** The IANA zone dates without an offset were written in (default UTC; --timezone overrides it). Also the dataset's zone. */
    timezone: z.optional(z.string().check(z.refine(isTimeZone, { error: 'expected an IANA time zone such as America/Sao_Paulo' }))),
    /** Date formats tried in order for every date column (default ISO; --date-format overrides them). */
    dateFormats: z.optional(z.array(dateFormat).check(z.minLength(1))),
    /** How amounts are written: decimal `.` and thousands `,` by default. */
    number: z.optional(z.strictObject({ decimal: z.enum(['.', ','], { error: 'expected "." or ","' }), thousands: z.enum([',', '.', ' ', ''], { error: 'expected ",", ".", " " or "" (none)' }) })),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as USD or BRL' }))),
    granularity: z.optional(z.enum(GRANULARITIES.filter((g) => g !== 'year') as ['day', 'week', 'month', 'quarter'], { error: 'expected "day", "week", "month" or "quarter"' })),
    /** Declared in the dataset as they are; every dims.<id> column must name one. */
    dimensions: z.optional(z.array(dimensionSchema).check(z.maxLength(MAX_DIMENSIONS, { error: `expected at most ${MAX_DIMENSIONS} dimensions` }))),
    /** Reason codes with their owning team, declared in the dataset; a reason column's values map to these codes. */
    reasons: z.optional(z.array(reasonSchema)),
    /** CSV header → field. */
    columns: z.record(z.string(), columnSchema),
  })
  .check(z.superRefine((m, ctx) => checkMapping(m, ctx)));

export type Mapping = z.output<typeof mappingSchema>;
export type ColumnSpec = Exclude<z.output<typeof columnSchema>, string>;

/** A column's spec in its long form. */
export const specOf = (spec: z.output<typeof columnSchema>): ColumnSpec => (typeof spec === 'string' ? { field: spec } : spec);

/** The ids of a list, each once (the dataset refuses a dimension or a reason declared twice). */
function declaredOnce(ids: readonly string[], list: string, ctx: z.core.$RefinementCtx): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [list, i], message: `"${id}" is declared twice`, input: id });
    seen.add(id);
  });
  return seen;
}

/** Rules across columns: each field once (status columns aside), id and createdAt mapped, dimensions and reason codes declared, status columns complete. */
function checkMapping(m: { columns: Record<string, z.output<typeof columnSchema>>; dimensions?: Array<{ id: string }>; reasons?: Array<{ code: string }> }, ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, string>();
  const dims = declaredOnce(m.dimensions?.map((d) => d.id) ?? [], 'dimensions', ctx);
  const codes = declaredOnce(m.reasons?.map((r) => r.code) ?? [], 'reasons', ctx);
  for (const [column, raw] of Object.entries(m.columns)) {
    const spec = specOf(raw);
    const path = ['columns', column];
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path, message, input: raw });
    if (spec.field !== STATUS) {
      const first = seen.get(spec.field);
      if (first !== undefined) issue(`maps to ${spec.field}, which column "${first}" already fills`);
      seen.set(spec.field, column);
      if (spec.at !== undefined) issue('"at" is for status columns only');
    }
    if (spec.field.startsWith('dims.') && !dims.has(spec.field.slice(5))) issue(`${spec.field}: declare "${spec.field.slice(5)}" in "dimensions"`);
    if (spec.field === 'reason') {
      for (const code of [...Object.values(spec.values ?? {}), spec.otherwise]) if (typeof code === 'string' && !codes.has(code)) issue(`reason code "${code}" is not declared in "reasons"`);
    }
    if (spec.field === STATUS) {
      if (spec.at === undefined) issue('a status column needs "at": the column holding the date of the status');
      if (spec.values === undefined) issue('a status column needs "values": each status to a timestamp field, or null');
      for (const [status, to] of [...Object.entries(spec.values ?? {}), ...(spec.otherwise === undefined ? [] : [['(otherwise)', spec.otherwise] as const])]) {
        if (to !== null && (!(LEAD_TIMESTAMPS as readonly string[]).includes(to) || to === 'createdAt')) issue(`status "${status}" maps to "${to}": expected a timestamp field (${LEAD_TIMESTAMPS.slice(1).join(', ')}) or null`);
      }
    }
  }
  for (const required of ['id', 'createdAt']) if (!seen.has(required)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `no column maps to ${required}`, input: m.columns });
}

type JsonSchema = { properties?: Record<string, JsonSchema & { description?: string }>; additionalProperties?: { anyOf?: JsonSchema[] } };

/** What each key means, for editors that show a schema's descriptions. */
const DESCRIPTIONS = {
  mapping: {
    timezone: 'IANA time zone the dates without an offset were written in (default UTC; --timezone overrides it); also the dataset\'s zone.',
    dateFormats: 'Date formats tried in order for every date column (default ["ISO"]; --date-format overrides them): YYYY, MM or M, DD or D, HH or H, hh or h with A, mm, ss, SSS and literal text; or ISO.',
    number: 'How amounts are written: the decimal and thousands separators (default "." and ",").',
    currency: 'ISO 4217 code of the amounts (--currency overrides it).',
    granularity: 'The dataset\'s granularity (default month).',
    dimensions: 'Dimensions declared in the dataset; every dims.<id> column names one.',
    reasons: 'Failure reasons declared in the dataset, each with its owning team; a reason column\'s values map to these codes.',
    columns: `CSV header -> field: ${FIELD_WORDS}; or an object with "field" and its options.`,
  },
  column: {
    field: `The record's field this column fills: ${FIELD_WORDS}.`,
    values: 'Cell value -> the contract\'s word: a channel, a dimension member, a reason code; for status, a timestamp field or null (no event).',
    otherwise: 'For cells not in "values": this value instead (null: none). Without it, channels and members are kept as written, and reasons and statuses make their row fail.',
    dateFormats: 'Date formats of this column, tried in order (instead of the mapping\'s).',
    at: 'For status: the column holding the date of the status.',
  },
} as const;

function describe(schema: JsonSchema, words: Record<string, string>): void {
  for (const [key, description] of Object.entries(words)) if (schema.properties?.[key]) schema.properties[key]!.description = description;
}

/** The mapping file's JSON Schema (draft 2020-12): what `schema/mapping.json` ships. */
export function mappingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(mappingSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & JsonSchema;
  describe(schema, DESCRIPTIONS.mapping);
  const spec = schema.properties?.columns?.additionalProperties?.anyOf?.find((s) => s.properties?.field);
  if (spec) describe(spec, DESCRIPTIONS.column);
  return {
    ...schema,
    $id: 'https://inbound-kpi-kit.dev/schema/mapping.json',
    title: 'inbound-kpi-kit import mapping',
    description: 'How the columns of a CRM export (CSV) become lead records of the dataset: fields, date formats and time zone, number locale, value maps. Cross-field rules (each field once, id and createdAt mapped, declared dimensions and reason codes, status columns with "at" and "values") are checked by the import command.',
  };
}
