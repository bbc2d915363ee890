// The door to <kpi-bridge>'s own chunk (the decomposition, its chart and its words in every
// language), loaded once per page when the first bridge connects, beside the shared core.
import type * as BridgeModule from './bridge-api.js';

export type BridgeApi = typeof BridgeModule;

let ready: BridgeApi | undefined;
let loading: Promise<BridgeApi> | undefined;

/** Starts loading the bridge's chunk (once per page); resolves with it. */
export function loadBridge(): Promise<BridgeApi> {
  loading ??= import('./bridge-api.js').then((module) => (ready = module));
  return loading;
}

/** Hands the door a chunk loaded by other means (the server's entry imports it statically). */
export function preloadBridge(module: BridgeApi): void {
  ready = module;
  loading = Promise.resolve(module);
}

/** The bridge's chunk, if it has loaded. */
export function bridgeNow(): BridgeApi | undefined {
  return ready;
}
