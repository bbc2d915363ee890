// Median-of-runs timing. The machines are shared and noisy, so every figure is reported
// beside a baseline measured in the same process, as a ratio.
//
// One full collection before a set, none between its runs: a forced GC shrinks the heap
// limit to the live size, and with a million records alive the next few MB allocated
// start a major collection inside the timed run, which then measures the GC.

export function time(fn, { runs = 5, warmup = 1 } = {}) {
  globalThis.gc?.();
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1), runs };
}

export const ms = (x) => `${x.toFixed(1)} ms`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
