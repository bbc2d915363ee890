import { html, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * What the dashboard puts after each block's `.grid`: an empty, zero-high box as wide as the
 * block, which `EvenRows` observes. Balancing a block changes its height, and an observed
 * element resized inside its own observer's callback is an error; this box never changes.
 */
export const gridWidth = html`<div class="grid-width"></div>`;

/**
 * A block's widgets in even rows. A flex row lets its last widgets grow into the space left
 * (a block never has holes), so nine cards four across left the ninth stretched over a whole
 * row. Where every widget of a block takes one column, the block gets, as `--_cols`, the most
 * columns that fit and leave no widget alone in the last row: nine cards go three across. Where
 * none does (seven, three across), its last two rows share their widgets (`--_tail`): 3 + 2 + 2.
 *
 * A block is measured in its observer's callback, which comes after the browser has laid the
 * page out and before it paints: its widgets are read from that layout, where measuring them
 * as the dashboard rendered forced a layout of the whole page (10-16 ms) before its widgets had
 * even drawn their numbers.
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
    this.#observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const grid = entry.target.previousElementSibling;
        if (grid instanceof HTMLElement) this.#balance(grid, entry.contentRect.width);
      }
    });
    for (const probe of this.host.renderRoot.querySelectorAll<HTMLElement>('.grid-width')) {
      this.#observer.observe(probe);
      // A block whose widgets changed at the same width: the observer does not tell of it.
      const grid = probe.previousElementSibling;
      if (!(grid instanceof HTMLElement)) continue;
      const key = this.#balanced.get(grid);
      if (key !== undefined && !key.endsWith(` ${grid.children.length}`)) this.#balance(grid, probe.clientWidth);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #balance(grid: HTMLElement, width: number): void {
    const key = `${width} ${grid.children.length}`;
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

/** The most columns, up to `fit`, that leave no widget alone in the last row (`fit` if none does). */
function evenColumns(count: number, fit: number): number {
  for (let cols = fit; cols > 1; cols--) if (count % cols !== 1) return cols;
  return fit;
}
