import { relay as Relay } from 'vega-transforms';

/** What a Relay holds: the tuple it derived for each source tuple, by tuple id; null once the source tuple left. */
type DerivedTuples = Record<number, object | null>;

interface RelayPulse {
  rem?: readonly unknown[];
}

/**
 * vega's Relay feeds a data set derived from another with transforms that change tuples (a
 * stacked bar's, the benchmark chart's): it keeps the tuple it derived for each source tuple
 * by id and, when a source tuple leaves, sets its slot to null but never drops it. A chart
 * refreshed with new rows gets new tuple ids each time, so that table grew by a slot a row
 * for the life of the page (about 0.5 KB a refresh of the default dashboard). This Relay
 * rebuilds the table without those slots whenever tuples leave.
 */
export class CompactingRelay extends (Relay as new (params: unknown) => { value: DerivedTuples | null; transform(params: unknown, pulse: RelayPulse): unknown }) {
  override transform(params: unknown, pulse: RelayPulse): unknown {
    const out = super.transform(params, pulse);
    if (this.value && pulse.rem?.length) {
      const kept: DerivedTuples = {};
      for (const id in this.value) if (this.value[id] !== null) kept[id] = this.value[id]!;
      this.value = kept;
    }
    return out;
  }
}
