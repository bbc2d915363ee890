import type { BenchmarkComparison } from '../compare/benchmark.js';
import type { Polarity } from '../compare/status.js';
import { baseSpec } from './base.js';
import type { VegaLiteSpec } from './types.js';

export interface BenchmarkRow {
  /** The metric's id (what a click on its bar selects). */
  metric: string;
  /** The metric's label (data, shown as text). */
  label: string;
  /** Value and band as scores against the benchmark's reference: 1 = at it, more = better. */
  value: number;
  low: number;
  high: number;
  /** The verdict in words ("worse than the benchmark"): the bar's colour. */
  verdict: string;
  /** What is written beside the bar: the verdict, or nothing where the chart is too narrow for words beside its bars. */
  words: string;
  /** Where the verdict's words start: past the bar and the band, whichever ends further right. */
  end: number;
  /** Formatted texts for the tooltip. */
  valueText: string;
  bandText: string;
}

/** Scores are drawn up to this many times the reference: a zero cost would score infinity. */
const MAX_SCORE = 3;

/**
 * A value and its benchmark band on one "better is right" scale, so metrics in different
 * units and of either polarity line up: 1 is the benchmark's reference (a threshold, or
 * the band's better end), above 1 beats it. For higher-is-better metrics the score is
 * value / reference; for lower-is-better ones reference / value (a CAC payback of 18
 * months against ≤ 12 scores 0.67, short of 1, as it should read).
 */
export function benchmarkScore(value: number, b: Pick<BenchmarkComparison, 'low' | 'median' | 'high' | 'value' | 'comparator'>, polarity: Polarity): { value: number; low: number; high: number } {
  const up = b.value !== undefined && b.comparator !== undefined ? b.comparator === '>=' : polarity === 'up';
  const lower = b.low ?? b.median ?? b.high ?? b.value!;
  const upper = b.high ?? b.median ?? b.low ?? b.value!;
  // The better end of the band (or the threshold) is the reference; the other end scores below 1.
  const reference = b.value ?? (up ? upper : lower);
  const other = b.value ?? (up ? lower : upper);
  const score = (v: number) => {
    const raw = up ? (reference === 0 ? (v >= 0 ? 1 : 0) : v / reference) : v === 0 ? MAX_SCORE : reference / v;
    return Math.max(0, Math.min(MAX_SCORE, raw));
  };
  const scored = score(value);
  // A threshold's band is the zone that meets it; a range's band is the range.
  return b.value !== undefined ? { value: scored, low: 1, high: Math.max(1.5, Math.min(MAX_SCORE, scored * 1.1)) } : { value: scored, low: score(other), high: 1 };
}

export interface BenchmarkOptions {
  width: number;
  valueTitle: string;
  bandTitle: string;
  scaleTitle: string;
  /** The verdicts in words, in colour order, and their colours. */
  verdicts: readonly string[];
  colors: readonly string[];
  /** The benchmark band's colour (`--kpi-band`). */
  bandColor: string;
}

/**
 * Bullet charts: each metric against its benchmark band, on a shared "better is right"
 * scale (1 = the benchmark), each bar coloured by its verdict and the verdict written beside
 * it, so it reads at a glance and never by colour alone.
 */
export function benchmarkSpec(options: BenchmarkOptions): VegaLiteSpec {
  return {
    ...baseSpec(options.width),
    height: { step: 34 },
    encoding: { y: { field: 'label', type: 'nominal', title: null, sort: null } },
    layer: [
      { mark: { type: 'bar', color: options.bandColor, opacity: 0.45, size: 22 }, encoding: { x: { field: 'low', type: 'quantitative', title: options.scaleTitle, axis: { format: '.0%' } }, x2: { field: 'high' }, tooltip: { field: 'bandText', type: 'nominal', title: options.bandTitle } } },
      {
        mark: { type: 'bar', size: 8 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { field: 'verdict', type: 'nominal', title: null, scale: { domain: options.verdicts, range: options.colors }, legend: null },
          tooltip: [
            { field: 'valueText', type: 'nominal', title: options.valueTitle },
            { field: 'verdict', type: 'nominal', title: options.bandTitle },
          ],
        },
      },
      { mark: { type: 'tick', thickness: 2, size: 26 }, encoding: { x: { datum: 1, type: 'quantitative' } } },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: 11 },
        encoding: {
          x: { field: 'end', type: 'quantitative' },
          text: { field: 'words', type: 'nominal' },
          color: { field: 'verdict', type: 'nominal', scale: { domain: options.verdicts, range: options.colors }, legend: null },
        },
      },
    ],
  };
}
