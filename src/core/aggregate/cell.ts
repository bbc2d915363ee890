import { FACTS, type Fact } from '../schema/facts.js';

/** The facts of one period x member (or of a selection of them), with what is known. */
export interface FactCell {
  sums: Record<Fact, number>;
  /** Facts that some row or the lead records supplied; the rest are unknown, not zero. */
  known: Set<Fact>;
  /** Elapsed hours from MQL to first contact, one per contacted MQL (records only). */
  responseHours: number[];
  /** Elapsed days from creation to won, one per customer (records only). */
  cycleDays: number[];
  /** Elapsed hours from MQL to sales' decision, one per decided MQL (records only). */
  decisionHours: number[];
  /** Days in each stage (STAGE_TIMES order), one per lead that moved on (records only). */
  stageDays: [number[], number[], number[], number[]];
  /** Failures by kind and reason: `rejected\u0000not-icp` → count (code '' when none was given; kind `any` from rows). */
  reasons: Map<string, number>;
  /** Whether failures by reason are known: records always; rows when some row carried `reasons`. */
  reasonsKnown: boolean;
  /** Leads stalled at the end of the period (or at `asOf`), by the stage they wait in (STAGES order, customers excluded; records only). */
  stalled: [number, number, number, number];
  /** Rows and record events that landed here: 0 means "no data for this period". */
  hits: number;
  /** Facts that some row supplied only in part (a share strictly between 0 and 1 of its days). */
  prorated: Set<Fact>;
}

const ZERO_SUMS = Object.fromEntries(FACTS.map((fact) => [fact, 0])) as Record<Fact, number>;

/** The key of a failure count: its kind and reason code. */
export const reasonKey = (kind: string, code: string) => `${kind}\u0000${code}`;

/** Every fact at 0, in the one shape every cell's sums share. */
export const zeroSums = (): Record<Fact, number> => ({ ...ZERO_SUMS });

export function emptyCell(): FactCell {
  // A copy of one template keeps every cell's sums the same shape: fast to read, cheap to make.
  return {
    sums: { ...ZERO_SUMS },
    known: new Set(),
    responseHours: [],
    cycleDays: [],
    decisionHours: [],
    stageDays: [[], [], [], []],
    reasons: new Map(),
    reasonsKnown: false,
    stalled: [0, 0, 0, 0],
    hits: 0,
    prorated: new Set(),
  };
}

const append = (into: number[], from: readonly number[]) => {
  for (const x of from) into.push(x);
};

/** Adds `from` into `into` (facts are additive; samples concatenate). */
export function mergeCell(into: FactCell, from: FactCell): FactCell {
  for (const fact of FACTS) into.sums[fact] += from.sums[fact];
  for (const fact of from.known) into.known.add(fact);
  for (const fact of from.prorated) into.prorated.add(fact);
  append(into.responseHours, from.responseHours);
  append(into.cycleDays, from.cycleDays);
  append(into.decisionHours, from.decisionHours);
  for (let s = 0; s < 4; s++) {
    append(into.stageDays[s]!, from.stageDays[s]!);
    into.stalled[s]! += from.stalled[s]!;
  }
  for (const [key, n] of from.reasons) into.reasons.set(key, (into.reasons.get(key) ?? 0) + n);
  into.reasonsKnown ||= from.reasonsKnown;
  into.hits += from.hits;
  return into;
}
