// What both chart controllers (the kit's charts, <kpi-chart>) share: following their
// container's width, and a vega loader that reaches no network.

/**
 * Watches one container's width at a time: `changed` runs on the next frame after a real
 * change from `drawn()` (drawing inside the observer's callback would feed it again:
 * "ResizeObserver loop" errors). Watching the same container again does nothing.
 */
export class WidthWatch {
  #observer: ResizeObserver | undefined;
  #observed: HTMLElement | undefined;
  readonly #drawn: () => number;
  readonly #changed: () => void;

  constructor(drawn: () => number, changed: () => void) {
    this.#drawn = drawn;
    this.#changed = changed;
  }

  watch(container: HTMLElement | null): void {
    if (!container || container === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = container;
    this.#observer = new ResizeObserver(() => {
      if (Math.floor(container.clientWidth) !== this.#drawn()) requestAnimationFrame(() => this.#changed());
    });
    this.#observer.observe(container);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }
}

/** A vega loader that refuses every URL (and `sanitize`, every link), with `message`. */
export function refusingLoader(message: string) {
  const refuse = () => Promise.reject(new Error(message));
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}
