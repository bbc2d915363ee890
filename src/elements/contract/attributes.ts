// The numeric attributes, each with documented bounds. A page's typo or a hostile value
// (`refresh="0.001"`, `retries="1e9"`, `max-bytes="abc"`) must never turn into a request
// loop, a disabled cap or "within NaN s": out of range or not a number, the attribute takes
// its default and the console says once which attribute and which bound.

export interface NumberRule {
  /** Smallest and largest accepted values, in the attribute's unit. */
  min: number;
  max: number;
  /** What an absent, out-of-range or non-numeric value becomes. */
  fallback: number;
  /** A value outside [min, max] that is still accepted, with its meaning (refresh 0: never). */
  off?: number;
  integer?: boolean;
  unit: string;
}

export const NUMBER_RULES = {
  // 24 h also keeps every timer far below setTimeout's 2^31 − 1 ms, where it would fire at once.
  refresh: { min: 5, max: 86_400, fallback: 0, off: 0, unit: 's' },
  timeout: { min: 1_000, max: 300_000, fallback: 15_000, unit: 'ms' },
  retries: { min: 0, max: 10, fallback: 3, integer: true, unit: '' },
  'retry-delay': { min: 100, max: 60_000, fallback: 500, unit: 'ms' },
  'max-bytes': { min: 1, max: 2_000_000_000, fallback: 10_000_000, integer: true, unit: 'bytes' },
  periods: { min: 1, max: 120, fallback: 12, integer: true, unit: '' },
  'heading-level': { min: 1, max: 6, fallback: 3, integer: true, unit: '' },
} as const satisfies Record<string, NumberRule>;

export type NumberAttribute = keyof typeof NUMBER_RULES;

const warned = new WeakMap<object, Set<string>>();

function warnOnce(host: object, key: string, message: string): void {
  let seen = warned.get(host);
  if (!seen) {
    seen = new Set();
    warned.set(host, seen);
  }
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(message);
}

/** Whether a value is acceptable for a rule as it is. */
export function isWithin(rule: NumberRule, value: number): boolean {
  // NaN and ±Infinity fall outside every range below.
  if ('off' in rule && value === rule.off) return true;
  if (rule.integer && !Number.isInteger(value)) return false;
  return value >= rule.min && value <= rule.max;
}

/** The attribute's value when acceptable, else its default, with one console warning per element and value. */
export function boundedNumber(host: HTMLElement, name: NumberAttribute, value: unknown): number {
  const rule: NumberRule = NUMBER_RULES[name];
  if (value === undefined || value === null) return rule.fallback;
  const number = Number(value);
  if (isWithin(rule, number)) return number;
  const range = `${rule.min}–${rule.max}${rule.unit && ` ${rule.unit}`}${'off' in rule ? ` (or ${rule.off}: off)` : ''}${rule.integer ? ', a whole number' : ''}`;
  warnOnce(host, `${name}=${String(value)}`, `<${host.localName}> ${name}="${String(value)}" is outside ${range}: using ${rule.fallback}.`);
  return rule.fallback;
}
