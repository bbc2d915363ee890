import type { Locale } from '../../core/kit.js';
import { resolveLocale } from '../../core/format/locale.js';

/** The nearest `lang`, looking through shadow roots to their hosts. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

export function localeOf(element: Element): Locale {
  return resolveLocale(inheritedLang(element) ?? (typeof navigator === 'undefined' ? 'en' : navigator.language));
}

// One observer for the whole page: when any `lang` changes, every element re-resolves its
// locale. Per-element observers on every ancestor would multiply with the elements.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
