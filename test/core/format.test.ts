import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSV_DIALECT, csvCell, formatDelta, formatPercent, formatPoints, formatValue, resolveLocale, toCsv } from '../../src/core/index.js';

// Intl separates currency symbols with a no-break space in pt-BR and es; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in three locales', () => {
  it('money in the dataset currency', () => {
    assert.equal(plain(formatValue(12345.678, 'money', { locale: 'en', currency: 'BRL' })), 'R$12,346');
    assert.equal(plain(formatValue(12345.678, 'money', { locale: 'pt-BR', currency: 'BRL' })), 'R$ 12.346');
    assert.equal(plain(formatValue(12345.678, 'money', { locale: 'es', currency: 'EUR' })), '12.346 €');
    assert.equal(plain(formatValue(27.5, 'money', { locale: 'en', currency: 'USD' })), '$27.5');
    assert.equal(plain(formatValue(1_234_567, 'money', { locale: 'pt-BR', currency: 'BRL', compact: true })), 'R$ 1,2 mi');
  });

  it('rates as percentages; small ones keep two significant digits', () => {
    assert.equal(formatValue(0.253, 'rate', { locale: 'en' }), '25.3%');
    assert.equal(plain(formatValue(0.253, 'rate', { locale: 'pt-BR' })), '25,3%');
    assert.equal(formatValue(0.00033, 'rate', { locale: 'en' }), '0.033%');
    assert.equal(formatPercent(0.125, {}, true), '+12.5%');
  });

  it('durations, ratios and money per day', () => {
    assert.equal(formatValue(38, 'days', { locale: 'en' }), '38 days');
    assert.equal(formatValue(1.75, 'hours', { locale: 'pt-BR' }), '1,8 hora'); // CLDR: Portuguese is singular below 2
    assert.equal(formatValue(11, 'months', { locale: 'es' }), '11 meses');
    assert.equal(formatValue(4.83, 'ratio', { locale: 'en' }), '4.8×');
    assert.equal(plain(formatValue(3396, 'moneyPerDay', { locale: 'pt-BR', currency: 'BRL' })), 'R$ 3.396/dia');
  });

  it('null prints as a dash; -0, and negatives that round to zero, print no minus', () => {
    assert.equal(formatValue(null, 'rate'), '—');
    assert.equal(formatValue(-0, 'count'), '0');
    assert.equal(formatValue(-0.0001, 'rate'), '-0.01%');
    assert.equal(formatValue(-0.00001, 'money', { currency: 'USD' }), '$0');
  });

  it('deltas: percentage points for rates, the unit otherwise', () => {
    assert.equal(formatPoints(2.5, { locale: 'en' }), '+2.5 pp');
    assert.equal(formatPoints(-40, { locale: 'pt-BR' }), '-40 p.p.');
    assert.equal(formatPoints(0.01, { locale: 'en' }), '+0.01 pp', 'a small non-zero change is never 0 pp');
    assert.equal(formatPoints(0.0333 - 0.0233, { locale: 'es' }), '+0,01 p.p.');
    assert.equal(formatDelta({ period: 'x', basis: 'full', value: 1, delta: 3, deltaUnit: 'unit', relative: 3 }, 'count'), '+3');
    assert.equal(formatDelta({ period: 'x', basis: 'full', value: 1, delta: null, deltaUnit: 'pp', relative: null }, 'rate'), '—');
  });

  it('maps any language tag to a built-in locale', () => {
    assert.equal(resolveLocale('pt'), 'pt-BR');
    assert.equal(resolveLocale('pt-PT'), 'pt-BR');
    assert.equal(resolveLocale('es-MX'), 'es');
    assert.equal(resolveLocale('de'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
  });
});

describe('CSV', () => {
  it('quotes text and defuses spreadsheet formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('<img src=x onerror=alert(1)>'), '<img src=x onerror=alert(1)>');
    assert.equal(csvCell(-0), '0');
    assert.equal(csvCell(null), '');
    assert.equal(toCsv(['a', 'b'], [[1, 'x']]), 'a,b\r\n1,x\r\n');
  });

  it('CSV: a leading NUL is neutralised; both separators are quoted; pt-BR and es files use ; and a decimal comma', () => {
    assert.equal(csvCell('\0=1+1'), `'\0=1+1`);
    assert.equal(csvCell('a;b'), '"a;b"');
    assert.equal(toCsv(['canal', 'valor'], [['a;b', 0.25], ['c,d', -1234.5]], CSV_DIALECT['pt-BR']), 'canal;valor\r\n"a;b";0,25\r\n"c,d";-1234,5\r\n');
  });

  it('CSV: read back by a reader of either separator, every cell comes out whole', () => {
    const cells = ['paid;search', 'a,b', 'say "hi"', 'two\nlines', '=cmd', '\0x', 'plain'];
    for (const dialect of [CSV_DIALECT.en, CSV_DIALECT.es]) {
      const [, row] = readCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'], [cells], dialect), dialect.separator);
      assert.deepEqual(row!.map((c) => c.replace(/^'/, '')), cells);
    }
  });
});

/** A small RFC 4180 reader, as a spreadsheet set to one separator reads the file. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}
