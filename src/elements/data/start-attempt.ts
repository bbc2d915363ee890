// One attempt at a request, started the moment an element asks for its data: this is all of
// the fetch code in an element's first load. What reads, checks and retries the answer
// (fetch-json.ts) comes with the core's lazy chunk, which loads meanwhile; the data is of
// no use before the core (its validator) is here anyway.

export interface Attempt {
  /** The server's answer (headers); rejects on a network failure, the timeout or an abort. */
  readonly response: Promise<Response>;
  /** Whether this attempt's own timeout stopped it. */
  readonly timedOut: boolean;
  /** The attempt is over: its timer stops, and it no longer follows the caller's signal. */
  end(): void;
}

/** Requests `url` as JSON with `fetchFn`, aborted by `signal` or after `timeout` ms. */
export function startAttempt(url: string, fetchFn: typeof globalThis.fetch, signal: AbortSignal, timeout: number): Attempt {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  let response: Promise<Response>;
  try {
    response = Promise.resolve(fetchFn(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
  } catch (error) {
    // A page's own fetch that throws instead of rejecting fails the same way.
    response = Promise.reject(error);
  }
  // Read once the reader has loaded: a failure before then is not an unhandled rejection.
  response.catch(() => undefined);
  return {
    response,
    get timedOut() {
      return timedOut;
    },
    end() {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}
