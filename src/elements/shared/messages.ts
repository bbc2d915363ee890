import type { Locale } from '../../core/kit.js';
import { messages as en, type Messages } from './locales/en.js';

// The elements' words, one file per language in ./locales/: English is in every page's first
// load; another language is loaded the moment an element finds it in the page's `lang`.
// Adding a language: its file here (the type of en.ts says every word it needs), its loader
// below, and the core's words (src/core/metrics/catalogue.ts, src/core/format/messages.ts).

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  'pt-BR': () => import('./locales/pt-BR.js'),
  es: () => import('./locales/es.js'),
};

const loaded: Partial<Record<Locale, Messages>> = { en };
const loading = new Map<Locale, Promise<Messages>>();

/** A language's words, or English until they have loaded (see loadMessages). */
export function messagesFor(locale: Locale): Messages {
  return loaded[locale] ?? en;
}

/** Whether a language's words are here. */
export function hasMessages(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Loads a language's words, once; resolves when they are here. */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as Exclude<Locale, 'en'>]().then(({ messages }) => (loaded[locale] = messages));
    loading.set(locale, promise);
  }
  return promise;
}

export type { Messages };
