import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One entry of an element's actions menu. */
export interface MenuAction {
  label: string;
  /** A toggle ("View as table"): a menuitemcheckbox, checked or not. */
  checked?: boolean;
  run(): void;
}

/**
 * One "more actions" button per element, following the WAI-ARIA menu button pattern:
 * Enter, Space or ↓ open the menu on its first item, ↑ on its last; ↑ ↓ Home End move
 * (wrapping), Escape closes and returns focus to the button, Tab or a click elsewhere
 * closes. Choosing an item runs it, closes the menu and returns focus to the button.
 */
export class ActionsMenu implements ReactiveController {
  #open = false;
  /** Which item takes focus once the menu has rendered open. */
  #focusIndex: number | 'last' = 0;
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  hostUpdated(): void {
    if (!this.#open) return;
    const items = this.#items();
    const index = this.#focusIndex === 'last' ? items.length - 1 : this.#focusIndex;
    items[index]?.focus();
  }

  hostDisconnected(): void {
    this.#open = false;
  }

  #items(): HTMLButtonElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>('[part=menu] button')];
  }

  #button(): HTMLButtonElement | null {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>('[part=actions]');
  }

  #show(focus: number | 'last'): void {
    this.#open = true;
    this.#focusIndex = focus;
    this.#host.requestUpdate();
  }

  #close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
    if (returnFocus) void this.#host.updateComplete.then(() => this.#button()?.focus());
  }

  readonly #onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.#close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#show(event.key === 'ArrowUp' ? 'last' : 0);
    }
  };

  readonly #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      items[(moves[event.key]! + items.length) % items.length]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#close(true);
    } else if (event.key === 'Tab') {
      // Tab goes on from the button, past the menu; Shift+Tab goes back to the button.
      if (event.shiftKey) event.preventDefault();
      this.#button()?.focus();
      this.#close(false);
    }
  };

  #choose(action: MenuAction): void {
    this.#close(true);
    action.run();
  }

  /** Focus left the button and its menu (a click or Tab elsewhere): close, focus stays where it went. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const box = event.currentTarget as HTMLElement;
    if (!next || !box.contains(next)) this.#close(false);
  };

  /** The button ("MQLs: more actions") and its menu, whose items are drawn only while it is open (a dashboard's thirteen closed menus were 8% of its DOM). */
  render(name: string, actions: MenuAction[]): TemplateResult {
    return html`<div class="actions" @focusout=${this.#onFocusOut}>
      <button
        part="actions"
        id="actions"
        aria-haspopup="menu"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${name}
        title=${name}
        @click=${() => (this.#open ? this.#close(true) : this.#show(0))}
        @keydown=${this.#onButtonKey}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="3" cy="8" r="1.5" /><circle cx="8" cy="8" r="1.5" /><circle cx="13" cy="8" r="1.5" /></svg>
      </button>
      <ul part="menu" id="menu" role="menu" aria-labelledby="actions" ?hidden=${!this.#open} @keydown=${this.#onMenuKey}>
        ${this.#open
          ? actions.map(
              (action) => html`<li role="none">
                <button
                  role=${action.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked=${action.checked === undefined ? nothing : String(action.checked)}
                  tabindex="-1"
                  @click=${() => this.#choose(action)}
                >${action.label}</button>
              </li>`,
            )
          : nothing}
      </ul>
    </div>`;
  }
}
