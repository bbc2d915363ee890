import { FACTS, type Fact } from '../schema/facts.js';

/** The facts of one period x channel (or of a selection of them), with what is known. */
export interface FactCell {
  sums: Record<Fact, number>;
  /** Facts that some row or the lead records supplied; the rest are unknown, not zero. */
  known: Set<Fact>;
  /** Elapsed hours from MQL to first contact, one per contacted MQL (records only). */
  responseHours: number[];
  /** Elapsed days from creation to won, one per customer (records only). */
  cycleDays: number[];
  /** Rows and record events that landed here: 0 means "no data for this period". */
  hits: number;
  /** Facts that some row supplied only in part (a share strictly between 0 and 1 of its days). */
  prorated: Set<Fact>;
}

const ZERO_SUMS = Object.fromEntries(FACTS.map((fact) => [fact, 0])) as Record<Fact, number>;

export function emptyCell(): FactCell {
  // A copy of one template keeps every cell's sums the same shape: fast to read, cheap to make.
  return { sums: { ...ZERO_SUMS }, known: new Set(), responseHours: [], cycleDays: [], hits: 0, prorated: new Set() };
}

/** Adds `from` into `into` (facts are additive; samples concatenate). */
export function mergeCell(into: FactCell, from: FactCell): FactCell {
  for (const fact of FACTS) into.sums[fact] += from.sums[fact];
  for (const fact of from.known) into.known.add(fact);
  for (const fact of from.prorated) into.prorated.add(fact);
  for (const h of from.responseHours) into.responseHours.push(h);
  for (const d of from.cycleDays) into.cycleDays.push(d);
  into.hits += from.hits;
  return into;
}
