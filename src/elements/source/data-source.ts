import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../core/kit.js';
import { MalformedAttribute } from '../contract/data-attribute.js';
import { emit, type KpiLoadDetail } from '../contract/events.js';
import { KpiLoadError } from '../contract/load-error.js';
import { requestKey, subscribe, type Subscription } from '../data/shared-requests.js';
import { coreNow, loadCore, type Core } from '../lazy/core.js';
import type { BigPayload } from './parse-in-worker.js';
import { startAttempt } from '../data/start-attempt.js';

/** What the element tells the controller: its data inputs and fetch settings. */
export interface DataSourceInputs {
  data: unknown;
  src: string | undefined;
  refresh: number;
  fetch: typeof globalThis.fetch | undefined;
  timeout: number;
  retries: number;
  retryDelay: number;
  maxBytes: number;
}

export interface DataState {
  dataset?: Dataset;
  /** The last failure; with a dataset, that dataset is stale. */
  error?: KpiLoadError;
  loading: boolean;
  /** Loading for longer than SLOW_MS: say so. */
  slow: boolean;
}

export const SLOW_MS = 3000;

/** Where a payload was parsed, as kpi-load tells it. */
type ParsedIn = Pick<KpiLoadDetail, 'parsedIn' | 'inlineReason'>;

type Parsed = ({ ok: true; dataset: Dataset } & ParsedIn) | { ok: false; error: KpiLoadError };

// The same payload object, given to several elements, is validated once; the same
// Dataset object then shares its fact tables too (see the core's memos).
const parsedPayloads = new WeakMap<object, Parsed>();

/** Payloads from this size on are parsed in a worker (parse-in-worker.ts); smaller ones parse faster than a worker starts. */
const WORKER_MIN_BYTES = 2_000_000;
// Datasets this module validated: handed on as `data` (a dashboard to its children), they
// are used as they are, so every child shares one dataset object and its fact tables.
const validated = new WeakSet<Dataset>();

/** What is already known of a payload without the validator: a dataset validated here, or a verdict cached for it. */
function known(payload: unknown): Parsed | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  if (validated.has(payload as Dataset)) return { ok: true, dataset: payload as Dataset };
  return parsedPayloads.get(payload);
}

/** A payload's verdict: at once for valid data (the core's quick check), later when zod must word what is wrong. */
function validate(payload: unknown, origin: string, core: Core): Parsed | Promise<Parsed> {
  const result = known(payload) ?? core.validatePayload(payload, origin);
  return result instanceof Promise ? result.then((answer) => remember(payload, answer)) : remember(payload, result);
}

function remember(payload: unknown, parsed: Parsed): Parsed {
  if (typeof payload === 'object' && payload !== null) parsedPayloads.set(payload, parsed);
  if (parsed.ok) validated.add(parsed.dataset);
  return parsed;
}

/**
 * Owns getting the data: the `data` property or attribute, or `src` fetched (shared with
 * other elements, aborted on disconnect and on a new `src`, only the latest answer ever
 * applied), polled every `refresh` seconds while the page is visible. Keeps the last good
 * dataset on screen, marked stale, when a refresh fails.
 */
export class DataSourceController implements ReactiveController {
  state: DataState = { loading: false, slow: false };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #inputs: () => DataSourceInputs;
  #data: unknown;
  #src: string | undefined;
  #subscription: Subscription<Parsed> | undefined;
  #generation = 0;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshDue = false;
  #connected = false;

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => DataSourceInputs) {
    this.#host = host;
    this.#inputs = inputs;
    host.addController(this);
  }

  hostConnected(): void {
    // A server that connects its elements: it fetches nothing and has no page to watch (#load).
    if (isServer) return;
    this.#connected = true;
    // The core (and its validator) loads while the data is on its way.
    void loadCore();
    document.addEventListener('visibilitychange', this.#onVisibility);
    // A reconnected element (moved in the DOM) starts afresh from its src.
    if (this.#src !== undefined && this.#data === undefined) this.#load();
    // A first one starts its request now rather than at its first update: the elements of a
    // page connect while the kit's script is still running, and an update waits for its end.
    else if (this.#src === undefined && this.#data === undefined && this.#inputs().data === undefined) this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (!isServer) document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#cancel();
    clearTimeout(this.#pollTimer);
    if (this.state.loading) this.#set({ loading: false, slow: false });
  }

  /**
   * Reacts to new inputs. The host calls it first thing in `willUpdate`, so what it
   * settles synchronously (a `data` property) is rendered in the same update; Lit's
   * `hostUpdate` would run only after `willUpdate` had computed from the old state.
   */
  sync(): void {
    const { data, src } = this.#inputs();
    if (data !== this.#data) {
      this.#data = data;
      if (data !== undefined) {
        this.#cancel();
        this.#applyData(data);
        this.#src = src;
        return;
      }
    }
    if (src !== this.#src) {
      this.#src = src;
      if (this.#data === undefined) {
        // Another source: what the old one said must not linger on screen.
        this.state = { loading: false, slow: false };
        if (src) this.#load();
        else {
          this.#cancel();
          this.#set({ loading: false, slow: false });
        }
      }
    }
  }

  /** Fetches `src` again now (what the elements' `reload()` calls). */
  reload(): void {
    if (this.#data === undefined && this.#src) this.#load(true);
  }

  #set(next: Partial<DataState>, replace = false): void {
    this.state = replace ? { loading: false, slow: false, ...next } : { ...this.state, ...next };
    this.#host.requestUpdate();
  }

  #applyData(data: unknown): void {
    if (data instanceof MalformedAttribute) {
      this.#fail(new KpiLoadError('parse', `The data attribute is not valid JSON: ${data.message}.`, { detail: { kind: 'attribute-not-json' } }));
      return;
    }
    const loaded = coreNow();
    const parsed = known(data) ?? (loaded ? validate(data, 'data property', loaded) : loadCore().then((core) => validate(data, 'data property', core)));
    if (parsed instanceof Promise) {
      // The first data on a page waits for the core, and data its quick check cannot vouch
      // for waits for zod: loading until then.
      this.#set({ loading: true, slow: false });
      parsed.then(
        (answer) => this.#data === data && this.#settleData(answer),
        (error: unknown) => this.#data === data && this.#fail(new KpiLoadError('network', `The kit's code could not be loaded: ${String(error)}`)),
      );
    } else this.#settleData(parsed);
  }

  #settleData(parsed: Parsed): void {
    if (parsed.ok) this.#succeed(parsed.dataset, 'data');
    else this.#fail(parsed.error);
  }

  #succeed(dataset: Dataset, source: 'data' | 'src', how: ParsedIn = {}): void {
    this.#set({ dataset, loading: false, slow: false }, true);
    emit(this.#host, 'kpi-load', {
      source,
      ...(source === 'src' && { src: this.#src! }),
      rows: dataset.rows.length,
      leads: dataset.leads?.length ?? 0,
      ...(how.parsedIn && { parsedIn: how.parsedIn }),
      ...(how.inlineReason && { inlineReason: how.inlineReason }),
    });
  }

  #fail(error: KpiLoadError): void {
    const stale = this.state.dataset !== undefined;
    this.#set({ error, loading: false, slow: false });
    emit(this.#host, 'kpi-error', {
      kind: error.kind,
      message: error.message,
      stale,
      ...(error.extra.issues && { issues: error.extra.issues }),
      ...(error.extra.status !== undefined && { status: error.extra.status }),
    });
  }

  #cancel(): void {
    this.#generation++;
    this.#subscription?.release();
    this.#subscription = undefined;
    clearTimeout(this.#slowTimer);
  }

  /** Fetches `src`, sharing a request in flight; `fresh` (a reload, a poll) never takes an answer that already came. */
  #load(fresh = false): void {
    // A server renders synchronously and cannot wait for a request: its HTML holds the
    // skeleton, and the page's element fetches `src` once it runs.
    if (isServer) {
      this.state = { loading: true, slow: false };
      return;
    }
    this.#cancel();
    clearTimeout(this.#pollTimer);
    if (!this.#connected) return;
    const generation = this.#generation;
    const inputs = this.#inputs();
    let url: string;
    try {
      url = new URL(inputs.src!, document.baseURI).href;
    } catch {
      this.#fail(new KpiLoadError('network', `"${inputs.src}" is not a valid URL: check the src attribute.`, { detail: { kind: 'bad-url', src: inputs.src! } }));
      return;
    }
    const fetchFn = inputs.fetch ?? globalThis.fetch.bind(globalThis);
    const subscription = subscribe<Parsed>(requestKey(url, inputs.fetch ?? globalThis.fetch), async (signal) => {
      // The request starts now; the code that reads and checks its answer comes with the core.
      const first = startAttempt(url, fetchFn, signal, inputs.timeout);
      let loaded: Core;
      try {
        loaded = await loadCore();
      } catch (error) {
        first.end();
        throw error;
      }
      // A big payload is parsed and validated in a worker; a small one here, faster than a worker starts.
      const decode = async (bytes: Uint8Array): Promise<BigPayload> =>
        bytes.length >= WORKER_MIN_BYTES ? (await import('./parse-in-worker.js')).parseInWorker(bytes) : { json: loaded.parseJsonBytes(bytes) };
      const decoded = (await loaded.fetchJson(url, { fetch: fetchFn, signal, timeout: inputs.timeout, maxBytes: inputs.maxBytes, retries: inputs.retries, retryDelay: inputs.retryDelay, decode, first })) as BigPayload;
      if ('dataset' in decoded) {
        validated.add(decoded.dataset);
        return { ok: true, dataset: decoded.dataset, parsedIn: 'worker' };
      }
      const parsed = await validate(decoded.json, `response from ${url}`, loaded);
      return parsed.ok ? { ...parsed, parsedIn: 'page', ...(decoded.inlineReason && { inlineReason: decoded.inlineReason }) } : parsed;
    }, fresh);
    this.#subscription = subscription;
    this.#set({ loading: true, slow: false });
    this.#slowTimer = setTimeout(() => generation === this.#generation && this.#set({ slow: true }), SLOW_MS);
    subscription.promise.then(
      (parsed) => {
        if (generation !== this.#generation) return;
        clearTimeout(this.#slowTimer);
        this.#subscription = undefined;
        if (parsed.ok) this.#succeed(parsed.dataset, 'src', parsed);
        else this.#fail(parsed.error);
        this.#schedule();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        clearTimeout(this.#slowTimer);
        this.#subscription = undefined;
        if (error instanceof KpiLoadError) this.#fail(error);
        else if ((error as Error)?.name !== 'AbortError') this.#fail(new KpiLoadError('network', `The data could not be fetched: ${String(error)}`));
        this.#schedule();
      },
    );
  }

  #schedule(): void {
    const { refresh } = this.#inputs();
    if (!(refresh > 0) || !this.#connected) return;
    this.#pollTimer = setTimeout(() => {
      // Never poll a hidden page; catch up once when it is shown again.
      if (document.visibilityState === 'hidden') this.#refreshDue = true;
      else this.#load(true);
    }, refresh * 1000);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.#refreshDue) {
      this.#refreshDue = false;
      this.#load(true);
    }
  };
}
