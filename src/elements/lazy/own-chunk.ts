/**
 * The door to an element's own chunk (code, words and a chart template one element alone
 * uses): loaded once per page, when the first such element connects, beside the core's
 * shared chunk. `api` is there once loaded; until then the element shows its loading state.
 * (Each door's `import()` is written in its own module, so bundlers see which chunk it names.)
 */
export interface OwnChunk<Api> {
  readonly api: Api | undefined;
  /** Starts the load (once); asks `host`, if given, to render when it is in. */
  load(host?: { requestUpdate(): void }): Promise<Api>;
  /** Hands the door a chunk loaded by other means (the server's entry imports it statically). */
  preload(api: Api): void;
}

export function ownChunk<Api>(importer: () => Promise<Api>): OwnChunk<Api> {
  let api: Api | undefined;
  let loading: Promise<Api> | undefined;
  return {
    get api() {
      return api;
    },
    load(host) {
      loading ??= importer().then((module) => (api = module));
      // A failed load leaves the element loading, as a failed core chunk does.
      if (host && !api) loading.then(() => host.requestUpdate(), () => undefined);
      return loading;
    },
    preload(module) {
      api = module;
      loading = Promise.resolve(module);
    },
  };
}
