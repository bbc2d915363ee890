import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';

// The demo pages' own words (header, controls, section names, footer) follow the chosen
// language: each page's real HTML, put in each language by the pages' own script, leaves
// no English of its own around the translated elements. And the dashboard page's theme:
// its query over the reader's preference.

interface PageWords {
  LANGUAGES: string[];
  WORDS: Record<string, Record<string, string>>;
  translatePage(lang: string, doc: Document): void;
}
const PAGES = ['index', 'dashboard', 'benchmarks', 'chart'];
const words = async () => (await import(/* @vite-ignore */ ['/demo', 'page-words.js'].join('/'))) as PageWords;

async function page(name: string): Promise<Document> {
  return new DOMParser().parseFromString(await (await fetch(`/demo/${name}.html`)).text(), 'text/html');
}

/** Text of the page's own that no word of the page's script stands for: not in a data-i18n element, not code, not a name. */
function untranslated(doc: Document): string[] {
  const left: string[] = [];
  for (const root of doc.querySelectorAll('header, footer')) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.replace(/[\s·]+/g, ' ').trim();
      const parent = node.parentElement!;
      // Names stay as they are: the company, and each language in its own words.
      const isName = parent.localName === 'h1' && text === 'Vértice Software' || (parent.localName === 'option' && ['en', 'pt-BR', 'es'].includes((parent as HTMLOptionElement).value));
      // Punctuation alone (the brackets around a code name) is no word to translate.
      if (/[\p{L}\p{N}]/u.test(text) && !parent.closest('[data-i18n], code') && !isName) left.push(text);
    }
  }
  return left;
}

describe('the demo pages in the chosen language', () => {
  for (const name of PAGES) {
    it(`${name}.html: every word of its own has a word in each language`, async () => {
      const { LANGUAGES, WORDS, translatePage } = await words();
      const doc = await page(name);
      expect(untranslated(doc).length === 0, `text no word stands for: ${untranslated(doc).join(' | ')}`).to.equal(true);
      const keys = [...doc.querySelectorAll<HTMLElement>('[data-i18n], [data-i18n-label]')].map((el) => el.dataset.i18n ?? el.dataset.i18nLabel!);
      keys.push(doc.documentElement.dataset.i18nTitle!);
      for (const lang of LANGUAGES) {
        const missing = keys.filter((key) => typeof WORDS[lang]![key] !== 'string');
        expect(missing.length === 0, `${lang} lacks ${missing.join(', ')}`).to.equal(true);
      }
      translatePage('pt-BR', doc);
      expect(doc.documentElement.lang).to.equal('pt-BR');
      expect(doc.title).to.equal(WORDS['pt-BR']![doc.documentElement.dataset.i18nTitle!]);
    });
  }

  for (const [lang, expected] of [
    ['pt-BR', ['Idioma', 'Canal', 'Todos os canais', 'Por período (fluxo)']],
    ['es', ['Idioma', 'Canal', 'Todos los canales', 'Por período (flujo)']],
  ] as const) {
    it(`index.html in ${lang}: its controls say ${expected.join(', ')}, never Language, Channel, All channels, By period (flow)`, async () => {
      const { translatePage } = await words();
      const doc = await page('index');
      translatePage(lang, doc);
      const form = doc.querySelector('form')!;
      const text = form.textContent!.replace(/\s+/g, ' ');
      for (const word of expected) expect(text.includes(word), word).to.equal(true);
      for (const word of ['Language', 'Channel', 'All channels', 'By period (flow)', 'Theme', 'Counting']) expect(text.includes(word), word).to.equal(false);
      expect(form.getAttribute('aria-label')).not.to.equal('View');
      // Its links to the other demo pages keep the language.
      expect([...doc.querySelectorAll('header a')].map((a) => a.getAttribute('href'))).to.deep.equal([`/demo/dashboard.html?lang=${lang}`, `/demo/benchmarks.html?lang=${lang}`, `/demo/chart.html?lang=${lang}`]);
      expect([...doc.querySelectorAll('main section')].every((s) => s.getAttribute('aria-label') !== null)).to.equal(true);
    });
  }
});

describe("the dashboard page's theme", () => {
  /** The dashboard page in a frame, as a reader who prefers dark opens it with this query; its document once its script ran. */
  async function opened(query: string): Promise<Document> {
    const frame = Object.assign(document.createElement('iframe'), { src: `/demo/dashboard.html${query}` });
    frame.style.cssText = 'width:800px;height:400px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // Module scripts run before the frame's load event: its own script has set the theme by then.
    return frame.contentDocument!;
  }

  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  it('follows ?theme= over the reader\'s preference, and the preference when the query names none', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await opened('?theme=light');
    expect((light.getElementById('page-controls') as HTMLFormElement).theme.value).to.equal('light');
    expect(light.documentElement.classList.contains('dark')).to.equal(false);
    const preferred = await opened('');
    expect((preferred.getElementById('page-controls') as HTMLFormElement).theme.value).to.equal('dark');
    expect(preferred.documentElement.classList.contains('dark')).to.equal(true);
  });
});

describe('the chart and benchmarks pages, which have no theme switch', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const page of ['chart', 'benchmarks']) {
    it(`/demo/${page}.html follows the reader's preference, as its elements do`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const frame = Object.assign(document.createElement('iframe'), { src: `/demo/${page}.html` });
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      expect(frame.contentDocument!.documentElement.classList.contains('dark')).to.equal(true);
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => !frame.contentDocument!.documentElement.classList.contains('dark'), 'the page stayed dark');
    });
  }
});

describe("the elements page's controls", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('"All channels" after a channel shows all channels again; the inline cards keep their own data and counting', async () => {
    const frame = Object.assign(document.createElement('iframe'), { src: '/demo/index.html' });
    frame.style.cssText = 'width:1000px;height:600px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const form = doc.getElementById('controls') as HTMLFormElement;
    // The channel picker fills once the page's dataset has loaded.
    await waitUntil(() => form.channel.options.length > 1, 'no channels offered', { timeout: 15_000 });
    const choose = (name: string, value: string) => {
      form[name].value = value;
      form.dispatchEvent(new Event('change'));
    };
    const card = doc.querySelector('kpi-card[metric="mqls"]') as HTMLElement & { channel?: string };
    choose('channel', form.channel.options[1].value);
    expect(card.channel).to.equal(form.channel.options[1].value);
    choose('channel', '');
    expect(card.channel).to.equal(undefined);
    choose('mode', 'cohort');
    expect((card as unknown as { mode: string }).mode).to.equal('cohort');
    expect((doc.getElementById('inline-rows') as unknown as { mode: string }).mode).to.equal('period');
    const winRate = doc.querySelector('kpi-card[metric="win_rate"]') as HTMLElement & { channel?: string; period?: string };
    choose('channel', form.channel.options[1].value);
    expect([winRate.channel, winRate.period]).to.deep.equal([undefined, undefined]);
  });
});
