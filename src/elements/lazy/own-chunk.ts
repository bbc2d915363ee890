/**
 * The door to an element's own chunk (code, words and a chart template one element alone
 * uses): loaded once per page, when the first such element connects, beside the core's
 * shared chunk. `api` is there once loaded; until then the element shows its loading state.
 * (The `import()` stays in the element's code, so bundlers see which chunk it names.)
 */
export interface OwnChunk<Api> {
  readonly api: Api | undefined;
  /** Starts the load (once) and asks `host` to render when it is in. */
  load(host: { requestUpdate(): void }): void;
}

export function ownChunk<Api>(importer: () => Promise<Api>): OwnChunk<Api> {
  let api: Api | undefined;
  let loading: Promise<Api> | undefined;
  return {
    get api() {
      return api;
    },
    load(host) {
      if (api) return;
      loading ??= importer().then((module) => (api = module));
      // A failed load leaves the element loading, as a failed core chunk does.
      loading.then(() => host.requestUpdate(), () => undefined);
    },
  };
}
