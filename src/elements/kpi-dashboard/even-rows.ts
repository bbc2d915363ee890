import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * A block's widgets in even rows. A flex row lets its last widgets grow into the space left
 * (a block never has holes), so nine cards four across left the ninth stretched over a whole
 * row. Where every widget of a block takes one column, the block gets, as `--_cols`, the most
 * columns that fit and leave no widget alone in the last row: nine cards go three across. Where
 * none does (seven, three across), its last two rows share their widgets (`--_tail`): 3 + 2 + 2.
 */
export class EvenRows implements ReactiveController {
  #observer: ResizeObserver | undefined;
  /** What each block was balanced for: its width and widget count. */
  readonly #balanced = new WeakMap<Element, string>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page: its blocks are measured again (the observer went when it left).
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    // A block resized is balanced in the next frame: changing its layout inside the observer's
    // callback would resize what it observes there, which browsers report as an error.
    this.#observer ??= new ResizeObserver((entries) => {
      const resized = entries.map((entry) => entry.target as HTMLElement).filter((grid) => this.#balanced.get(grid) !== balanceKey(grid));
      if (resized.length > 0) requestAnimationFrame(() => resized.forEach((grid) => this.#balance(grid)));
    });
    for (const grid of this.host.renderRoot.querySelectorAll<HTMLElement>('.grid')) {
      this.#observer.observe(grid);
      // Measured (a layout forced) only for a block that is new or whose widgets changed: the observer tells of resizes.
      if (!this.#balanced.get(grid)?.endsWith(` ${grid.children.length}`)) this.#balance(grid);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #balance(grid: HTMLElement): void {
    const key = balanceKey(grid);
    if (this.#balanced.get(grid) === key) return;
    this.#balanced.set(grid, key);
    const items = [...grid.children] as HTMLElement[];
    grid.style.removeProperty('--_cols');
    for (const item of items) item.style.removeProperty('--_tail');
    if (items.some((item) => item.matches('.wide, .full'))) return;
    // How many fit in a row, as the flex basis lays them out.
    const fit = items.filter((item) => item.offsetTop === items[0]!.offsetTop).length;
    if (fit >= items.length) return;
    const cols = evenColumns(items.length, fit);
    if (cols !== fit) grid.style.setProperty('--_cols', String(cols));
    else if (items.length % fit === 1 && fit > 2) {
      // No count of columns avoids it (seven three across): the last two rows share their widgets, 3 + 2 + 2.
      for (const item of items.slice(-(fit + 1))) item.style.setProperty('--_tail', String(Math.ceil((fit + 1) / 2)));
    }
  }
}

/** What a block's balance depends on: its width and its widget count. */
const balanceKey = (grid: HTMLElement) => `${grid.clientWidth} ${grid.children.length}`;

/** The most columns, up to `fit`, that leave no widget alone in the last row (`fit` if none does). */
function evenColumns(count: number, fit: number): number {
  for (let cols = fit; cols > 1; cols--) if (count % cols !== 1) return cols;
  return fit;
}
