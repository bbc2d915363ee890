import type { FactCell } from '../aggregate/cell.js';
import { selectFacts } from '../aggregate/select.js';
import type { FactTable } from '../aggregate/table.js';
import type { Dataset } from '../schema/dataset.js';
import type { Fact } from '../schema/facts.js';
import { allMetrics, getMetric } from './registry.js';
import type { Computed, MetricInputs } from './types.js';

const ledgers = new WeakMap<Dataset, Pick<MetricInputs, 'owners' | 'stallable'>>();

/** What the ledger's metrics read of the dataset itself: reasons' owners, and whether stalls are counted. */
function ledgerOf(dataset: Dataset): Pick<MetricInputs, 'owners' | 'stallable'> {
  let ledger = ledgers.get(dataset);
  if (!ledger) {
    const stages = dataset.stages ?? {};
    ledger = { owners: new Map(dataset.reasons.map((r) => [r.code, r.owner])), stallable: Object.values(stages).some((stage) => stage?.maxDays !== undefined && stage !== stages.customers) };
    ledgers.set(dataset, ledger);
  }
  return ledger;
}

/** The last guard of "never NaN or Infinity": sums of extreme but valid inputs can overflow. */
function finite(computed: Computed): Computed {
  return computed.value === null || Number.isFinite(computed.value) ? computed : { value: null, reason: 'out-of-range', n: computed.n };
}

/**
 * The metric values of one selection of facts, each formula evaluated once, on demand:
 * a card asks for one metric (and what it reads), a report for all of them. It also
 * records which facts each metric read, through the metrics it reads in turn: that is
 * what decides whether a comparison is exact or prorated.
 */
export class Selection {
  readonly #values = new Map<string, Computed>();
  readonly #reads = new Map<string, Set<Fact>>();
  /** The read sets of the metrics being computed, innermost last; kept only where a fact is prorated. */
  readonly #reading: Array<Set<Fact>> = [];
  readonly #tracked: boolean;
  readonly #inputs: MetricInputs;

  constructor(
    dataset: Dataset,
    readonly facts: FactCell,
    fromRecords: boolean,
    channel: string | undefined,
  ) {
    const reading = this.#reading;
    // Reads matter only where some fact is prorated: elsewhere the facts are read as they are.
    this.#tracked = facts.prorated.size > 0;
    const sums = !this.#tracked ? facts.sums : new Proxy(facts.sums, {
      get(target, fact: Fact) {
        for (const set of reading) set.add(fact);
        return target[fact];
      },
    });
    const { owners, stallable } = ledgerOf(dataset);
    this.#inputs = { facts: sums === facts.sums ? facts : { ...facts, sums }, fromRecords, economics: dataset.economics, channel, owners, stallable, get: (id) => this.get(id) };
  }

  /** A metric's value for this selection (memoised); unknown ids are `missing-input`. */
  get(id: string): Computed {
    let value = this.#values.get(id);
    if (!value) {
      const def = getMetric(id);
      if (!this.#tracked) {
        value = def ? finite(def.compute(this.#inputs)) : { value: null, reason: 'missing-input', n: 0 };
        this.#values.set(id, value);
        return value;
      }
      const reads = new Set<Fact>();
      this.#reading.push(reads);
      try {
        value = def ? finite(def.compute(this.#inputs)) : { value: null, reason: 'missing-input', n: 0 };
      } finally {
        this.#reading.pop();
      }
      this.#values.set(id, value);
      this.#reads.set(id, reads);
    }
    if (this.#tracked) for (const set of this.#reading) for (const fact of this.#reads.get(id)!) set.add(fact);
    return value;
  }

  /** The facts a metric's formula read (tracked only where some fact is prorated: elsewhere none matter). */
  readsOf(id: string): ReadonlySet<Fact> {
    this.get(id);
    return this.#reads.get(id) ?? new Set();
  }

  /** Whether a metric read a fact that some row supplied only in part. */
  isProrated(id: string): boolean {
    if (this.facts.prorated.size === 0) return false;
    for (const fact of this.readsOf(id)) if (this.facts.prorated.has(fact)) return true;
    return false;
  }
}

/** Every metric's raw value for one selection of facts. */
export function computeValues(dataset: Dataset, facts: FactCell, fromRecords: boolean, channel: string | undefined, metrics = allMetrics()): Map<string, Computed> {
  const selection = new Selection(dataset, facts, fromRecords, channel);
  return new Map(metrics.map((def) => [def.id, selection.get(def.id)]));
}

const selections = new WeakMap<FactTable, Map<string, Selection>>();

/**
 * The facts and metric values of one period (cell index) and member (a channel, by default) of a table,
 * memoised: a period is computed once whether it is asked for itself, as another's
 * previous period, by SLAs, or as one point of a series.
 */
export function selectionOf(dataset: Dataset, table: FactTable, periodIndex: number, channel: string | null | undefined): Selection {
  let byKey = selections.get(table);
  if (!byKey) {
    byKey = new Map();
    selections.set(table, byKey);
  }
  const key = `${periodIndex}\u0000${channel === undefined ? '\u0001all' : channel === null ? '\u0002none' : channel}`;
  let selection = byKey.get(key);
  if (!selection) {
    selection = new Selection(dataset, selectFacts(table, periodIndex, channel), table.fromRecords, channel ?? undefined);
    byKey.set(key, selection);
  }
  return selection;
}
