import { KpiLoadError } from '../contract/load-error.js';
import { startAttempt, type Attempt } from './start-attempt.js';

export interface FetchOptions {
  fetch: typeof globalThis.fetch;
  signal: AbortSignal;
  /** Per attempt, in ms. */
  timeout: number;
  /** Response body cap, in bytes. */
  maxBytes: number;
  /** Further attempts after the first, for network errors, 5xx and 429. */
  retries: number;
  /** Base of the exponential backoff, in ms. */
  retryDelay: number;
  /** Turns the body's bytes into the result; default: UTF-8 text, then JSON.parse. */
  decode?: (bytes: Uint8Array) => Promise<unknown>;
  /** The first attempt, if the caller started it already (an element, before this code had loaded). */
  first?: Attempt;
}

/** Longest wait a `Retry-After` header may impose. */
const MAX_RETRY_AFTER_MS = 30_000;

const abortError = () => new DOMException('aborted', 'AbortError');

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds or an HTTP date, as a capped wait in ms. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

function httpError(response: Response): KpiLoadError {
  const { status, statusText } = response;
  const retryable = status >= 500 || status === 429;
  const hint =
    status === 401 || status === 403
      ? 'You may need to sign in, or to be granted access, then reload.'
      : status === 404
        ? 'Check the src URL.'
        : retryable
          ? 'The server had a problem; try again later.'
          : 'The server refused the request.';
  const delay = status === 429 || status === 503 ? retryAfterMs(response.headers.get('Retry-After')) : undefined;
  return new KpiLoadError('http', `The server answered ${status}${statusText ? ` ${statusText}` : ''}. ${hint}`, {
    status,
    retryable,
    detail: { kind: 'http', status, statusText },
    ...(delay !== undefined && { retryAfterMs: delay }),
  });
}

function timeoutError(timeout: number): KpiLoadError {
  const seconds = Math.round(timeout / 1000);
  return new KpiLoadError('network', `No answer from the server within ${seconds} s.`, { detail: { kind: 'timeout', seconds } });
}

/** A body's bytes as JSON; a syntax error is kind `parse`, naming HTML when it looks like a page. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw jsonError(text, error);
  }
}

export function jsonError(text: string, error: unknown): KpiLoadError {
  const html = /^\s*</.test(text);
  return new KpiLoadError('parse', `The response is not valid JSON: ${(error as Error).message}.${html ? ' It looks like HTML, often a sign-in page.' : ''}`, { detail: { kind: 'not-json', html } });
}

/** Reads a body up to `maxBytes`, refusing more without buffering it. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  // Worded here in English only (the first load carries no other words); the other languages: i18n/failure-hints.ts.
  const limit = maxBytes >= 1e6 ? `${Math.round(maxBytes / 1e6)} MB` : `${maxBytes.toLocaleString('en')} bytes`;
  const tooLarge = () =>
    new KpiLoadError('too-large', `The response is larger than ${limit}, the limit set for this element; nothing was read. Raise max-bytes, or send summary rows (facts by period and channel, made where the data lives) instead of lead records.`, {
      detail: { kind: 'too-large', maxBytes },
    });
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function attempt(url: string, options: FetchOptions, started: Attempt): Promise<unknown> {
  try {
    let response: Response;
    try {
      response = await started.response;
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (started.timedOut) throw timeoutError(options.timeout);
      throw new KpiLoadError('network', 'The data could not be fetched: the network failed, or the server does not allow this page to read it (CORS).', { retryable: true, detail: { kind: 'unreachable' } });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw httpError(response);
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (!/\bjson\b/i.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      const signIn = /html/i.test(type);
      throw new KpiLoadError('content-type', `Expected JSON, but the server sent ${type || 'no content type'}.${signIn ? ' This is often a sign-in page: sign in, then reload.' : ''}`, { detail: { kind: 'not-data', type, signIn } });
    }
    const bytes = await readCapped(response, options.maxBytes);
    return options.decode ? await options.decode(bytes) : parseJsonBytes(bytes);
  } catch (error) {
    if (started.timedOut && !(error instanceof KpiLoadError)) throw timeoutError(options.timeout);
    throw error;
  } finally {
    started.end();
  }
}

/**
 * Fetches JSON with a timeout per attempt, a size cap, a content-type check, and retries
 * with exponential backoff and jitter for network errors, 5xx and 429 (honouring
 * Retry-After). Other 4xx are final. Rejects with a KpiLoadError, or an AbortError.
 */
export async function fetchJson(url: string, options: FetchOptions): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      const started = tries === 0 && options.first ? options.first : startAttempt(url, options.fetch, options.signal, options.timeout);
      return await attempt(url, options, started);
    } catch (error) {
      if (!(error instanceof KpiLoadError) || !error.extra.retryable || tries >= options.retries) throw error;
      const backoff = options.retryDelay * 2 ** tries * (0.5 + Math.random());
      await sleep(error.extra.retryAfterMs ?? backoff, options.signal);
    }
  }
}
