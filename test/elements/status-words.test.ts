import { expect } from '@open-wc/testing';
import '../../src/define/kpi-card.js';
import '../../src/define/economics-card.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { fixture, html, rendered, shadow, textOf } from './helpers.js';

// A metric within its benchmark's band, with no target: its badge says so in words a reader
// knows ("within benchmark"), in each language, and never "no judgement".

const BAND = { metric: 'mql_to_sql', low: 0.4, high: 0.6, source: { name: 'a survey' } };
const data = (benchmarks: object[]) => ({ version: 1, asOf: '2026-04-02', rows: [{ period: '2026-03', mqls: 100, sqls: 50 }], benchmarks });

const WORDS = { en: ['within benchmark', 'no judgement'], 'pt-BR': ['dentro do benchmark', 'sem avaliação'], es: ['dentro del benchmark', 'sin evaluación'] } as const;

describe('the status of a metric within its benchmark band', () => {
  for (const [lang, [within, none]] of Object.entries(WORDS)) {
    it(`reads "${within}" on the card's badge (${lang})`, async () => {
      const el = await fixture<KpiElement>(html`<kpi-card lang=${lang} metric="mql_to_sql" period="2026-03" compare="benchmark" .data=${data([BAND])}></kpi-card>`);
      await rendered(el);
      const badge = shadow(el).querySelector('.status')!;
      expect(badge.classList.contains('neutral'), 'drawn in the neutral tone').to.equal(true);
      expect(badge.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`● ${within}`);
      expect(textOf(el).includes(none)).to.equal(false);
    });
  }

  it('is judged good above the band: the words follow the verdict, not the band', async () => {
    const el = await fixture<KpiElement>(html`<kpi-card metric="mql_to_sql" period="2026-03" compare="benchmark" .data=${data([{ ...BAND, high: 0.45 }])}></kpi-card>`);
    await rendered(el);
    expect(shadow(el).querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▲ good');
  });
});
