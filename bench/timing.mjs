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

/**
 * Sides measured round by round, their order rotated each round (each leads in turn), so the
 * machine's drift falls on all alike: `{ name: samples in ms, one per round }`, wall time;
 * with `cpu`, the process's CPU time of each run too (user + system, all its threads: on a
 * loaded machine wall time also counts the time other processes held the cores), as
 * `{ wall, cpu }`. One full collection before the set and a warm-up run of each side, none
 * between runs (see above).
 */
export function rounds(sides, { runs = 5, warmup = 1, cpu = false } = {}) {
  globalThis.gc?.();
  const names = Object.keys(sides);
  for (let i = 0; i < warmup; i++) for (const name of names) sides[name]();
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const cpuSamples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const used = process.cpuUsage();
      const start = performance.now();
      sides[name]();
      samples[name].push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpuSamples[name].push((user + system) / 1000);
    }
  }
  return cpu ? { wall: samples, cpu: cpuSamples } : samples;
}

/**
 * Runs each of `sides` (thunks that time and record themselves) once a round for `runs`
 * rounds, each leading in turn, so the machine's drift falls on all alike: for benchmarks
 * whose sides need their own timing (a collection before each run, a child process).
 */
export function inTurn(sides, runs) {
  for (let round = 0; round < runs; round++) for (let i = 0; i < sides.length; i++) sides[(i + round) % sides.length]();
}

/** Median, min and max of samples. */
export function spread(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** a ÷ b round by round (samples from the same rounds): median, min and max. */
export const perRound = (a, b) => spread(a.map((x, i) => x / b[i]));
