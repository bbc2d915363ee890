// What table <kpi-chart> computes: which catalogue metrics, how many periods back from the
// current one, split by which dimension. Read from the `fields` attribute
// ("metric:mqls,lead_to_mql period:12 by:campaign") or property ({ metrics, periods, by }).

/** The table's shape: metrics × periods (× the members of `by`). */
export interface ChartFields {
  metrics: string[];
  /** How many periods, the current one and those before it: 1 to 120 (default 12). */
  periods?: number;
  /** A dimension (or `channel`): one row per member too. */
  by?: string;
}

/** Why the fields cannot be read: what the element's words name. */
export type FieldsProblem = { token: string } | { key: string } | { periods: string } | { metrics: true };

export const DEFAULT_FIELDS: Required<Omit<ChartFields, 'by'>> = { metrics: ['leads'], periods: 12 };
const MAX_PERIODS = 120;

function periodsOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_PERIODS ? n : undefined;
}

/** The fields as the element uses them, or what is wrong with them. */
export function readFields(value: string | Partial<ChartFields> | null | undefined): ChartFields | { problem: FieldsProblem } {
  if (value === undefined || value === null || value === '') return { ...DEFAULT_FIELDS, metrics: [...DEFAULT_FIELDS.metrics] };
  let metrics: unknown = DEFAULT_FIELDS.metrics;
  let periods: unknown = DEFAULT_FIELDS.periods;
  let by: unknown;
  if (typeof value === 'string') {
    for (const token of value.trim().split(/\s+/)) {
      const colon = token.indexOf(':');
      if (colon <= 0) return { problem: { token } };
      const key = token.slice(0, colon);
      const text = token.slice(colon + 1);
      if (key === 'metric' || key === 'metrics') metrics = text.split(',').filter((m) => m !== '');
      else if (key === 'period' || key === 'periods') periods = text;
      else if (key === 'by') by = text;
      else return { problem: { key } };
    }
  } else {
    metrics = value.metrics ?? metrics;
    periods = value.periods ?? periods;
    by = value.by;
  }
  if (!Array.isArray(metrics) || metrics.length === 0 || !metrics.every((m) => typeof m === 'string' && m !== '')) return { problem: { metrics: true } };
  const count = periodsOf(periods);
  if (count === undefined) return { problem: { periods: String(periods) } };
  const split = typeof by === 'string' && by.trim() !== '' ? by.trim() : undefined;
  return { metrics: [...new Set(metrics as string[])], periods: count, ...(split && { by: split }) };
}
