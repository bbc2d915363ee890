// The contract's shapes that both validators read: zod's schema (dataset.ts), which words
// every issue, and the quick check (ingest/check-dataset.ts), which only says yes or "ask zod".
// One list of each here, so the two can never disagree on a pattern, a limit or a choice.

/** A period key; the calendar itself is checked by parsePeriod. */
export const PERIOD_KEY = /^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]))?$/;
/** An ISO 8601 timestamp with an offset; the calendar itself is checked by isInstant. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const METRIC_ID = /^[a-z][a-z0-9_]*$/;
export const CURRENCY = /^[A-Z]{3}$/;
/** A dimension's id: what `dims`, `where` and `by` name it by. */
export const DIMENSION_ID = /^[a-z][a-z0-9_]{0,31}$/;
/** Names a `where` or `by` may use besides the declared dimensions; `period` is the rows' key. */
export const RESERVED_IDS: readonly string[] = ['channel', 'period'];
/** At most this many dimensions: each one multiplies the ways a page can slice the data. */
export const MAX_DIMENSIONS = 8;

/** The longest texts, by what they name. */
export const MAX = { name: 200, metricId: 64, code: 64, label: 80, reasonLabel: 120, slaLabel: 200, sourceName: 300, note: 500 } as const;

export const TEAMS = ['marketing', 'sales'] as const;
export const SLA_TYPES = ['volume', 'response', 'metric', 'acceptance'] as const;
/** The SLA types measured against a metric (the others against a number of hours). */
export const METRIC_SLAS: readonly string[] = ['volume', 'metric'];
export const SOURCE_KINDS = ['primary', 'secondary', 'internal'] as const;
export const COMPARATORS = ['>=', '<='] as const;
export const LANGUAGES = ['en', 'pt-BR', 'es'] as const;
/** The granularities a dataset may have (a year of rows is never a dataset's grain). */
export const DATASET_GRANULARITIES = ['day', 'week', 'month', 'quarter'] as const;
/** The stages a lead waits in (`stages`). */
export const WAITING_STAGES = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;
/** A source's year, within reason. */
export const YEARS = { min: 1900, max: 2200 } as const;
