// Chromium driven over its DevTools pipe with nothing enabled but what the caller asks for.
// The memory benchmark uses it instead of playwright: an automation library enables the
// Network domain on every page, and the browser then keeps a record of each request (and
// its body) for the inspector, which grows with every poll and is no part of the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Launches headless Chromium; `send(method, params)` talks to one blank page. */
export async function launchPipe() {
  const profile = mkdtempSync(join(tmpdir(), 'kit-cdp-'));
  const chrome = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--js-flags=--expose-gc', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const [, , , toChrome, fromChrome] = chrome.stdio;
  const pending = new Map();
  const listeners = new Map();
  let nextId = 1;
  let buffered = '';
  // Messages are JSON, each ended by a NUL byte.
  fromChrome.on('data', (chunk) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      const waiting = pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const raw = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, method });
    toChrome.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
  });
  const { targetInfos } = await raw('Target.getTargets');
  const page = targetInfos.find((t) => t.type === 'page');
  const { sessionId } = await raw('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  const send = (method, params) => raw(method, params, sessionId);
  return {
    send,
    /** Calls `listener` with the params of each `method` event (e.g. HeapProfiler.addHeapSnapshotChunk). */
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
      return () => listeners.set(method, listeners.get(method).filter((l) => l !== listener));
    },
    /** Evaluates an expression in the page, awaiting it; returns its JSON value. */
    async evaluate(expression) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    async close() {
      await raw('Browser.close').catch(() => {});
      await new Promise((resolve) => (chrome.exitCode === null ? chrome.once('exit', resolve) : resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
