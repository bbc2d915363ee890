import { FACTS } from '../schema/facts.js';
import { zeroSums, type FactCell } from './cell.js';
import { PeriodCells } from './period-cells.js';

// Members' cells as a few flat arrays, for the trip from the records worker to the page. A
// structured clone copies a cell as some fifteen objects (its sums' 33 keys, Sets, a Map,
// arrays): 15-30 µs a cell, so 50,000 channels took seconds of the page's main thread. As
// numbers in typed arrays they cross in a fraction of that, and the page rebuilds the cells
// exactly (every float is copied bit for bit, every sample in its order).

/** The samples of a cell, in this order: response, cycle, decision, then the four stages. */
const SAMPLE_LISTS = 7;

export interface PackedCells {
  members: string[];
  /** How many cells each member has. */
  cellCounts: Int32Array;
  /** Each cell's period index. */
  periods: Int32Array;
  /** FACTS.length sums a cell. */
  sums: Float64Array;
  /** Each cell's sets of known and prorated facts, as an index into `factSets` (most cells of a table share one). */
  factSet: Int32Array;
  /** The known facts' and the prorated facts' indexes in FACTS. */
  factSets: Array<[number[], number[]]>;
  hits: Float64Array;
  /** Four stalled counts a cell. */
  stalled: Float64Array;
  /** The length of each of a cell's SAMPLE_LISTS lists, and all the samples one after another. */
  sampleCounts: Int32Array;
  samples: Float64Array;
  /** 1 where failures by reason are known. */
  reasonsKnown: Uint8Array;
  /** Failure counts of the cells that have any: [cell number, its entries]. */
  reasons: Array<[number, Array<[string, number]>]>;
}

const samplesOf = (cell: FactCell): number[][] => [cell.responseHours, cell.cycleDays, cell.decisionHours, ...cell.stageDays];

/** Packs members and their cells (the entries of a table's `cells`, in order). */
export function packCells(entries: ReadonlyArray<readonly [string, PeriodCells]>): PackedCells {
  const cells: Array<[number, FactCell]> = [];
  const cellCounts = new Int32Array(entries.length);
  entries.forEach(([, byPeriod], m) => {
    for (const entry of byPeriod.entries()) cells.push(entry);
    cellCounts[m] = byPeriod.size;
  });
  const n = cells.length;
  const F = FACTS.length;
  const packed: PackedCells = {
    members: entries.map(([member]) => member),
    cellCounts,
    periods: new Int32Array(n),
    sums: new Float64Array(n * F),
    factSet: new Int32Array(n),
    factSets: [],
    hits: new Float64Array(n),
    stalled: new Float64Array(n * 4),
    sampleCounts: new Int32Array(n * SAMPLE_LISTS),
    samples: new Float64Array(cells.reduce((total, [, cell]) => total + samplesOf(cell).reduce((s, list) => s + list.length, 0), 0)),
    reasonsKnown: new Uint8Array(n),
    reasons: [],
  };
  const setIds = new Map<string, number>();
  let at = 0;
  cells.forEach(([period, cell], c) => {
    packed.periods[c] = period;
    FACTS.forEach((fact, f) => (packed.sums[c * F + f] = cell.sums[fact]));
    const known = FACTS.flatMap((fact, f) => (cell.known.has(fact) ? [f] : []));
    const prorated = FACTS.flatMap((fact, f) => (cell.prorated.has(fact) ? [f] : []));
    const key = `${known.join()}/${prorated.join()}`;
    let id = setIds.get(key);
    if (id === undefined) {
      id = packed.factSets.push([known, prorated]) - 1;
      setIds.set(key, id);
    }
    packed.factSet[c] = id;
    packed.hits[c] = cell.hits;
    packed.stalled.set(cell.stalled, c * 4);
    samplesOf(cell).forEach((list, l) => {
      packed.sampleCounts[c * SAMPLE_LISTS + l] = list.length;
      packed.samples.set(list, at);
      at += list.length;
    });
    packed.reasonsKnown[c] = cell.reasonsKnown ? 1 : 0;
    if (cell.reasons.size > 0) packed.reasons.push([c, [...cell.reasons]]);
  });
  return packed;
}

// A table's cells are never written once built (selections sum into cells of their own), so
// unpacked cells share their empty parts and their sets of known facts: 50,000 channels'
// cells as some fifteen objects each made the page's garbage collector run for 50-120 ms at
// a time while they came in; a cell of rows is now its object and its sums.
const NO_SAMPLES = Object.freeze([]) as unknown as number[];
const NO_STAGE_SAMPLES = Object.freeze([NO_SAMPLES, NO_SAMPLES, NO_SAMPLES, NO_SAMPLES]) as unknown as FactCell['stageDays'];
const NOT_STALLED = Object.freeze([0, 0, 0, 0]) as unknown as FactCell['stalled'];
const NO_REASONS: FactCell['reasons'] = new Map();

/** Reads a list of samples, or shares the empty one. */
function samplesAt(packed: PackedCells, at: number, count: number): number[] {
  if (count === 0) return NO_SAMPLES;
  const list = new Array<number>(count);
  for (let i = 0; i < count; i++) list[i] = packed.samples[at + i]!;
  return list;
}

/** The members and their cells again, as {@link packCells} was given them. */
export function unpackCells(packed: PackedCells): Array<[string, PeriodCells]> {
  const F = FACTS.length;
  const reasons = new Map(packed.reasons);
  const factSets = packed.factSets.map(([known, prorated]) => ({ known: new Set(known.map((f) => FACTS[f]!)), prorated: new Set(prorated.map((f) => FACTS[f]!)) }));
  const entries: Array<[string, PeriodCells]> = [];
  let c = 0;
  let at = 0;
  packed.members.forEach((member, m) => {
    const byPeriod = new PeriodCells();
    for (let end = c + packed.cellCounts[m]!; c < end; c++) {
      const sets = factSets[packed.factSet[c]!]!;
      const sums = zeroSums();
      for (let f = 0; f < F; f++) sums[FACTS[f]!] = packed.sums[c * F + f]!;
      const lists: number[][] = [];
      for (let l = 0; l < SAMPLE_LISTS; l++) {
        const count = packed.sampleCounts[c * SAMPLE_LISTS + l]!;
        lists.push(samplesAt(packed, at, count));
        at += count;
      }
      const s = c * 4;
      const stalled = packed.stalled;
      const cellReasons = reasons.get(c);
      const cell: FactCell = {
        sums,
        known: sets.known,
        responseHours: lists[0]!,
        cycleDays: lists[1]!,
        decisionHours: lists[2]!,
        stageDays: lists[3] === NO_SAMPLES && lists[4] === NO_SAMPLES && lists[5] === NO_SAMPLES && lists[6] === NO_SAMPLES ? NO_STAGE_SAMPLES : [lists[3]!, lists[4]!, lists[5]!, lists[6]!],
        reasons: cellReasons ? new Map(cellReasons) : NO_REASONS,
        reasonsKnown: packed.reasonsKnown[c] === 1,
        stalled: stalled[s] || stalled[s + 1] || stalled[s + 2] || stalled[s + 3] ? [stalled[s]!, stalled[s + 1]!, stalled[s + 2]!, stalled[s + 3]!] : NOT_STALLED,
        hits: packed.hits[c]!,
        prorated: sets.prorated,
      };
      byPeriod.set(packed.periods[c]!, cell);
    }
    entries.push([member, byPeriod]);
  });
  return entries;
}

/** The buffers of a pack, to transfer rather than copy. */
export function packedBuffers(packed: PackedCells): ArrayBuffer[] {
  return [packed.cellCounts, packed.periods, packed.sums, packed.factSet, packed.hits, packed.stalled, packed.sampleCounts, packed.samples, packed.reasonsKnown].map((array) => array.buffer as ArrayBuffer);
}
