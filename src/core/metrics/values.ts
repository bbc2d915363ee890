import type { FactCell } from '../aggregate/cell.js';
import { selectFacts } from '../aggregate/select.js';
import type { FactTable } from '../aggregate/table.js';
import type { Dataset } from '../schema/dataset.js';
import { allMetrics, getMetric } from './registry.js';
import type { Computed } from './types.js';

/** The last guard of "never NaN or Infinity": sums of extreme but valid inputs can overflow. */
function finite(computed: Computed): Computed {
  return computed.value === null || Number.isFinite(computed.value) ? computed : { value: null, reason: 'out-of-range', n: computed.n };
}

/** Every metric's raw value for one selection, each formula evaluated once. */
export function computeValues(dataset: Dataset, facts: FactCell, fromRecords: boolean, channel: string | undefined, metrics = allMetrics()): Map<string, Computed> {
  const values = new Map<string, Computed>();
  const inputs = {
    facts,
    fromRecords,
    economics: dataset.economics,
    channel,
    get(id: string): Computed {
      let value = values.get(id);
      if (!value) {
        const def = getMetric(id);
        value = def ? finite(def.compute(inputs)) : { value: null, reason: 'missing-input', n: 0 };
        values.set(id, value);
      }
      return value;
    },
  };
  for (const def of metrics) inputs.get(def.id);
  return values;
}

export interface Selection {
  facts: FactCell;
  values: Map<string, Computed>;
}

const selections = new WeakMap<FactTable, Map<string, Selection>>();

/**
 * The facts and metric values of one period and channel of a table, memoised: a period is
 * computed once whether it is asked for itself, as another's previous period, or by SLAs.
 */
export function selectionOf(dataset: Dataset, table: FactTable, periodIndex: number, channel: string | undefined): Selection {
  let byKey = selections.get(table);
  if (!byKey) {
    byKey = new Map();
    selections.set(table, byKey);
  }
  const key = `${periodIndex}\u0000${channel ?? '\u0001all'}`;
  let selection = byKey.get(key);
  if (!selection) {
    const facts = selectFacts(table, periodIndex, channel);
    selection = { facts, values: computeValues(dataset, facts, table.fromRecords, channel) };
    byKey.set(key, selection);
  }
  return selection;
}
