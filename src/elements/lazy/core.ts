// The core (the metric catalogue, aggregation, comparisons, formats, and the dataset's
// quick check) is most of an element's weight, and it is needed only once data is
// here. It is loaded by dynamic import, started the moment the first element connects, in
// parallel with the data's fetch; until it is in, elements show their loading state.
// Elements import the core's types statically and its code only through `core()`.
import type * as CoreModule from './core-api.js';

export type Core = typeof CoreModule;

let ready: Core | undefined;
let loading: Promise<Core> | undefined;

/** Starts loading the core (once per page); resolves with it. */
export function loadCore(): Promise<Core> {
  loading ??= import('./core-api.js').then((module) => {
    ready = module;
    // Warmed up at once, usually while the page waits for its data (see warm-up-in-tasks.ts).
    void module.warmUpInTasks();
    return module;
  });
  return loading;
}

/**
 * Hands the lazy door a core loaded by other means (the server's entry imports it
 * statically): `coreNow()` returns it at once, and `loadCore()` never imports the chunk.
 */
export function preloadCore(module: Core): void {
  ready = module;
  loading = Promise.resolve(module);
}

/** The core, if it has loaded. */
export function coreNow(): Core | undefined {
  return ready;
}

/** The core, for code that runs only with data on screen (which waits for it). */
export function core(): Core {
  if (!ready) throw new Error('inbound-kpi-kit: core not loaded');
  return ready;
}
