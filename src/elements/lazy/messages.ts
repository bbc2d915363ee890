import type { Locale } from '../../core/kit.js';
import { coreNow, loadCore } from './core.js';
import type { Messages } from '../i18n/en.js';

// The elements' words, one file per language in ../i18n/. None is in an element's first
// load: English comes with the core's lazy chunk (words are needed once there is something
// to say: numbers, an error, a slow answer; until then an element shows its loading
// skeleton), another language by its own import the moment an element finds it in the
// page's `lang`. Adding a language: its file in i18n/ (the type of en.ts says every word it
// needs), its loader below, and the core's words (src/core/metrics/catalogue.ts,
// src/core/format/messages.ts).

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  'pt-BR': () => import('../i18n/pt-BR.js'),
  es: () => import('../i18n/es.js'),
};

const loaded: Partial<Record<Locale, Messages>> = {};
const loading = new Map<Locale, Promise<Messages>>();

/** A language's own words, if they are here. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return locale === 'en' ? coreNow()?.english : loaded[locale];
}

/** A language's words, or English until they have loaded (see loadMessages); none before the core is here. */
export function messagesFor(locale: Locale): Messages | undefined {
  return loadedMessages(locale) ?? coreNow()?.english;
}

/** Loads a language's words, once; resolves when they are here. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return loadCore().then((core) => core.english);
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then(({ messages }) => (loaded[locale] = messages));
    loading.set(locale, promise);
  }
  return promise;
}

export type { Messages };
