import type { FactCell } from '../aggregate/cell.js';
import type { Economics } from '../schema/dataset.js';
import type { Polarity } from '../compare/status.js';

export type { Polarity };

export const LOCALES = ['en', 'pt-BR', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export const UNITS = ['count', 'rate', 'ratio', 'money', 'moneyPerDay', 'days', 'hours', 'months'] as const;
export type Unit = (typeof UNITS)[number];

export const GROUPS = ['marketing', 'sales', 'shared', 'economics'] as const;
export type MetricGroup = (typeof GROUPS)[number];

export const KINDS = ['performance', 'result'] as const;
export type MetricKind = (typeof KINDS)[number];


export const REASONS = ['no-data', 'zero-denominator', 'zero-churn', 'missing-input', 'no-samples', 'out-of-range'] as const;
export type Reason = (typeof REASONS)[number];

/** A metric's value: a finite number, or null with the reason it could not be computed. */
export type Computed =
  | { value: number; n: number; p90?: number; estimate?: 'median' | 'mean' }
  | { value: null; reason: Reason; n: number };

/** What a metric's formula reads: the selected facts, and other metrics of the same selection. */
export interface MetricInputs {
  facts: FactCell;
  fromRecords: boolean;
  economics: Economics | undefined;
  channel: string | undefined;
  /** The team each declared reason code points at. */
  owners: ReadonlyMap<string, 'marketing' | 'sales'>;
  /** Whether some stage has a `maxDays`, so stalled leads can be counted. */
  stallable: boolean;
  /** Another metric's value for the same selection (memoised). */
  get(id: string): Computed;
}

export interface MetricDefinition {
  id: string;
  label: Localized;
  unit: Unit;
  polarity: Polarity;
  group: MetricGroup;
  kind: MetricKind;
  /** The formula in words, as the README and docs print it. */
  formula: string;
  /** Counts and money: targets of sub-periods add up to the period's target. */
  additive: boolean;
  /** A metric that is the product of these catalogue metrics: `explain` bridges its changes through them. */
  drivers?: readonly string[];
  compute(inputs: MetricInputs): Computed;
}
