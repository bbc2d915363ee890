// The core (the metric catalogue, aggregation, comparisons, formats, and the dataset's
// validator with zod) is most of an element's weight, and it is needed only once data is
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
    // The first validation and metrics of a page are slow (see warm-up.ts): pay for them
    // now, usually while the page waits for its data. Data already here waits about as long
    // as the warm-up saves it; an idle callback would often come only after the data.
    // A step that fails only warms less: nothing of it may reach the page.
    inTasks(module.warmUpSteps()).catch(() => undefined);
    return module;
  });
  return loading;
}

/** The next task: `scheduler.yield()` where the browser has it (it resumes before other queued work), else a timer. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs each step in a task of its own, the first after the current one: the CDN file holds
 * the core, so its chunk is in as the file is evaluated, and the warm-up must not lengthen
 * that task (nor each other's) into a long one.
 */
async function inTasks(steps: ReadonlyArray<() => void>): Promise<void> {
  for (const step of steps) {
    await nextTask();
    step();
  }
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
