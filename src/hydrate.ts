// The kit's side of hydration (`inbound-kpi-kit/hydrate`), for a page whose elements were
// rendered on the server (inbound-kpi-kit/ssr). Import it after Lit's hydrate support and
// before the define files:
//
//   import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
//   import 'inbound-kpi-kit/hydrate';
//   import 'inbound-kpi-kit/define/kpi-card';
//
// An element whose shadow root came with the HTML keeps the server's DOM until it can draw
// the same numbers: its first update (where Lit's hydrate support adopts that DOM) waits for
// the core's chunk, its language's words and its own chunk, so no skeleton frame comes
// between the server's numbers and the page's. Where the page cannot draw what the server
// drew (the server's English in a page of another language; a dataset the server had as a
// property, which hydration refuses), the element draws afresh in the same task. A module
// of its own, so that pages without server rendering never load it.
import { adoptStyles, type LitElement, type PropertyValues, ReactiveElement, render } from 'lit';
import type { Locale } from './core/kit.js';
import { KpiElement } from './elements/base/kpi-element.js';
import { coreNow, loadCore } from './elements/lazy/core.js';
import { loadMessages } from './elements/lazy/messages.js';

/** What this module reaches of an element: Lit's protected lifecycle, and the kit's. */
interface Hydrating {
  readonly shadowRoot: ShadowRoot | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: LitElement['renderOptions'];
  readonly locale: Locale;
  readonly hasUpdated: boolean;
  createRenderRoot(): HTMLElement | DocumentFragment;
  scheduleUpdate(): void | Promise<unknown>;
  update(changed: PropertyValues): void;
  render(): unknown;
  /** An element's own chunk (the bridge's). */
  ownChunk?(): Promise<unknown>;
}

const proto = KpiElement.prototype as unknown as Hydrating;
const { createRenderRoot, scheduleUpdate, update } = proto;
const reactiveUpdate = (ReactiveElement.prototype as unknown as Hydrating).update;
/** Elements whose shadow root came from the server and that have not drawn yet. */
const fromServer = new WeakSet<Hydrating>();

proto.createRenderRoot = function (this: Hydrating) {
  // A shadow root before Lit made one is the server's (declarative shadow DOM).
  if (this.shadowRoot) fromServer.add(this);
  return createRenderRoot.call(this);
};

/**
 * A shadow root that still holds the server's DOM (Lit's part markers) before the element's
 * first update: an element upgraded before this module ran (a bundler that evaluates the
 * define files first, in the same task: Next.js's Turbopack can, when it merges modules) is
 * known here.
 */
const serverRoot = (el: Hydrating): boolean =>
  !el.hasUpdated && el.shadowRoot !== null && el.renderRoot === el.shadowRoot && [...el.shadowRoot.childNodes].some((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data.startsWith('lit-part'));

proto.scheduleUpdate = function (this: Hydrating) {
  if (!fromServer.has(this)) {
    if (!serverRoot(this)) return scheduleUpdate.call(this);
    fromServer.add(this);
  }
  const ready = () => scheduleUpdate.call(this);
  return Promise.all([loadCore(), loadMessages(this.locale), this.ownChunk?.()]).then(ready, ready);
};

proto.update = function (this: Hydrating, changed: PropertyValues) {
  if (!fromServer.delete(this)) return update.call(this, changed);
  if (this.locale === 'en') {
    try {
      update.call(this, changed);
      return;
    } catch {
      // Hydration refused the server's DOM: drawn afresh below.
    }
  } else {
    // Lit's own part of an update (reflected attributes), without hydrating words that differ.
    reactiveUpdate.call(this, changed);
  }
  const root = this.renderRoot;
  root.replaceChildren();
  // Hydrate support keeps the server's <style> instead of adopting the element's sheets (the
  // core may have failed to load: the element then shows that error).
  const own = (this.constructor as typeof LitElement).elementStyles;
  const loaded = coreNow();
  if (root instanceof ShadowRoot) adoptStyles(root, loaded ? [...own, loaded.dataViewStyles] : own);
  render(this.render(), root, this.renderOptions);
};
