// One request per URL for every element on a page that asks for it at about the same
// time (README, "The elements"). The request is aborted only when the last element waiting for it
// leaves; a settled answer is reused for a moment, for elements defined a beat later.

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** How long a fulfilled answer serves newcomers, in ms. */
export const REUSE_MS = 1000;

const entries = new Map<string, Entry>();

export interface Subscription<T> {
  promise: Promise<T>;
  /** Stop waiting; aborts the request if nobody else waits for it. */
  release(): void;
}

/**
 * Waits for the answer to `key`, starting the request unless one is in flight (or, unless
 * `fresh`, settled a moment ago: a reload or a poll wants a new answer, not the last one).
 */
export function subscribe<T>(key: string, start: (signal: AbortSignal) => Promise<T>, fresh = false): Subscription<T> {
  let entry = entries.get(key);
  if (entry && fresh && entry.settled) {
    entries.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { promise: start(controller.signal), controller, waiting: 0, settled: false };
    entry = created;
    entries.set(key, created);
    created.promise.then(
      () => {
        created.settled = true;
        setTimeout(() => entries.get(key) === created && entries.delete(key), REUSE_MS);
      },
      () => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key);
      },
    );
  }
  const current = entry;
  current.waiting++;
  let released = false;
  return {
    promise: current.promise as Promise<T>,
    release() {
      if (released) return;
      released = true;
      current.waiting--;
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort();
        if (entries.get(key) === current) entries.delete(key);
      }
    },
  };
}

const fetchIds = new WeakMap<object, number>();
let nextFetchId = 1;

/** Requests are shared only between elements using the same fetch function (same auth). */
export function requestKey(url: string, fetchFn: object): string {
  let id = fetchIds.get(fetchFn);
  if (id === undefined) {
    id = nextFetchId++;
    fetchIds.set(fetchFn, id);
  }
  return `${id} ${url}`;
}
