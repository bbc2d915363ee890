import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BENCHMARK_VERDICT_TEXT, computeMetrics, CSV_DIALECT, POSITION_TEXT, REASON_TEXT, SLA_STATUS_TEXT, STAGE_TEXT, STATUS_TEXT, csvCell, formatDelta, formatPercent, formatPoints, formatRelative, formatValue, metricLabel, periodLabel, previousLabel, shortPeriodLabel, stageName, statusText, withStageNames, reportByTable, reportCsv, reportRows, reportTable, resolveLocale, toCsv, computeBy } from '../../src/core/index.js';
import { STAGE_LABEL_KEYS } from '../../src/core/schema/facts.js';
import { dataset } from './fixtures.js';

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
    // A change in money prints as the values it separates: whole units beside R$206 and R$243, cents beside R$12.
    const money = (value: number, delta: number, unit: 'money' | 'moneyPerDay' = 'money') => formatDelta({ period: 'x', basis: 'full', value, delta, deltaUnit: 'unit', relative: null }, unit, { currency: 'BRL' });
    assert.equal(money(206.4, 36.39), '+R$36');
    assert.equal(money(12, 1.25), '+R$1.25');
    assert.equal(money(50, -120.4), '-R$120');
    assert.equal(money(300, 2.5, 'moneyPerDay'), '+R$3/day');
  });

  it('maps any language tag to a built-in locale', () => {
    assert.equal(resolveLocale('pt'), 'pt-BR');
    assert.equal(resolveLocale('pt-PT'), 'pt-BR');
    assert.equal(resolveLocale('pt-BR'), 'pt-BR');
    assert.equal(resolveLocale('ES'), 'es');
    assert.equal(resolveLocale('es-MX'), 'es');
    assert.equal(resolveLocale('de'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
  });
});

describe('numbers at the edges of their formats', () => {
  it('every unit without a locale is English, and each locale keeps its own words', () => {
    assert.equal(formatValue(4.83, 'ratio'), '4.8×');
    assert.equal(formatValue(12345, 'count'), '12,345', 'counts are compact only when asked');
    assert.equal(formatValue(12345, 'count', { compact: true }), '12.3K');
    assert.equal(formatValue(100.3, 'count'), '100', 'a prorated count prints whole');
    assert.equal(formatValue(12345.678, 'money'), '12,346', 'money without a currency: a plain number, whole from 100');
    assert.equal(formatValue(3, 'days'), '3 days');
    assert.equal(formatValue(3, 'days', { locale: 'es' }), '3 días');
    assert.equal(formatValue(2, 'hours'), '2 hours');
    assert.equal(formatValue(2, 'hours', { locale: 'es' }), '2 horas');
    assert.equal(formatValue(7, 'months'), '7 months');
    assert.equal(formatValue(7, 'months', { locale: 'pt-BR' }), '7 meses');
    assert.equal(formatPoints(2.5), '+2.5 pp');
    assert.equal(plain(formatValue(12, 'moneyPerDay', { currency: 'USD' })), '$12/day');
    assert.equal(plain(formatValue(12, 'moneyPerDay', { locale: 'es', currency: 'EUR' })), '12 €/día');
  });

  it('a duration of ten or more has no decimals, below ten one; points keep one decimal from 0.05 up', () => {
    assert.equal(formatValue(38.25, 'days'), '38 days');
    assert.equal(formatValue(9.25, 'days'), '9.3 days');
    assert.equal(formatPoints(1.25), '+1.3 pp');
    assert.equal(formatPoints(0.05), '+0.1 pp');
    assert.equal(formatPoints(0.04), '+0.04 pp');
    assert.equal(formatPoints(0.0333), '+0.03 pp', 'one significant digit');
  });

  it('what cannot be shown prints as a dash: an infinite value, no relative change', () => {
    assert.equal(formatValue(Infinity, 'count'), '—');
    assert.equal(formatValue(Number.NaN, 'rate'), '—');
    assert.equal(formatRelative(null), '—');
    assert.equal(formatRelative(0.125), '+12.5%');
    assert.equal(formatRelative(-0.5, { locale: 'pt-BR' }), '-50%');
    assert.equal(formatRelative(0), '0%');
  });

  it('a change in a unit is signed only when it is one: +3, -3, 0', () => {
    const delta = (d: number) => formatDelta({ period: 'x', basis: 'full', value: 1, delta: d, deltaUnit: 'unit', relative: null }, 'count');
    assert.deepEqual([delta(3), delta(-3), delta(0)], ['+3', '-3', '0']);
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
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(Infinity), '');
    assert.equal(csvCell(Number.NaN), '');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(false), 'false');
    assert.equal(toCsv(['a', 'b'], [[1, 'x']]), 'a,b\r\n1,x\r\n');
  });

  it('CSV: a leading NUL is neutralised; both separators are quoted; pt-BR and es files use ; and a decimal comma', () => {
    assert.equal(csvCell('\0=1+1'), `'\0=1+1`);
    assert.equal(csvCell('a;b'), '"a;b"');
    for (const locale of ['pt-BR', 'es'] as const) assert.equal(toCsv(['canal', 'valor'], [['a;b', 0.25], ['c,d', -1234.5]], CSV_DIALECT[locale]), 'canal;valor\r\n"a;b";0,25\r\n"c,d";-1234,5\r\n', locale);
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

describe('the report of a metrics result (the CLI and the CSV downloads)', () => {
  // April runs on its day 10 of 30, compared with 1–10 March. Leads: 3 in April (A1–A3),
  // 2 in the window (L1, L2; L3 is the 20th). MQLs: 2 and 1. A target of 30 leads for April
  // expects 10 by day 10.
  const running = dataset({
    version: 1,
    currency: 'USD',
    asOf: '2026-04-10',
    targets: [{ metric: 'leads', period: '2026-04', value: 30 }],
    leads: [
      { id: 'L1', createdAt: '2026-03-02T10:00:00Z', mqlAt: '2026-03-03T10:00:00Z' },
      { id: 'L2', createdAt: '2026-03-05T10:00:00Z' },
      { id: 'L3', createdAt: '2026-03-20T10:00:00Z' },
      { id: 'A1', createdAt: '2026-04-01T10:00:00Z', mqlAt: '2026-04-02T10:00:00Z' },
      { id: 'A2', createdAt: '2026-04-03T10:00:00Z', mqlAt: '2026-04-04T10:00:00Z' },
      { id: 'A3', createdAt: '2026-04-08T10:00:00Z' },
    ],
  });
  const april = computeMetrics(running, { period: '2026-04' });
  const cells = (line: string) => line.split(/ {2,}/);

  it('prints a table titled with the running period and the window it is compared with, columns aligned', () => {
    const lines = reportTable(april).split('\n');
    assert.equal(lines[0], '2026-04 to date (day 10 of 30) · period mode · vs 2026-03 to day 10');
    assert.deepEqual(cells(lines[1]!), ['Metric', 'Value', 'vs previous', 'Target', 'Expected by now', 'Status']);
    const row = (label: string) => lines.find((line) => line.startsWith(`${label} `))!;
    assert.deepEqual(cells(row('Leads')), ['Leads', '3', '+1', '30', '10', 'off track']);
    assert.deepEqual(cells(row('MQLs')), ['MQLs', '2', '+1', 'good']);
    assert.deepEqual(cells(row('Lead-to-MQL rate')), ['Lead-to-MQL rate', '66.7%', '+16.7 pp', 'good']);
    assert.deepEqual(cells(row('Visitors')), ['Visitors', '— (an input is missing from the data)', '—', 'no judgement']);
    // Each column starts where its heading and its rule of dashes do, and the rule is as wide as its widest cell.
    const starts = [...lines[2]!.matchAll(/-+/g)].map((dashes) => dashes.index);
    assert.deepEqual(starts, cells(lines[1]!).map((heading) => lines[1]!.indexOf(heading)));
    assert.deepEqual(cells(row('Leads')).map((cell, c) => row('Leads').indexOf(cell, starts[c])), starts);
    const table = lines.slice(1).filter((line) => line && !line.startsWith('-'));
    const column = (line: string, c: number) => line.slice(starts[c], starts[c + 1]).trimEnd();
    const widths = [...lines[2]!.matchAll(/-+/g)].map((dashes) => dashes[0].length);
    assert.deepEqual(widths, starts.map((_, c) => Math.max(...table.map((line) => column(line, c).length))));
    assert.ok(lines.at(-1) === '' && lines.slice(3, -1).every((line) => line === line.trimEnd()), 'no trailing spaces; ends with a newline');
    assert.equal(reportTable(april, 'pt-BR').split('\n')[0], '2026-04 até agora (dia 10 de 30) · modo período · vs 2026-03 até o dia 10');
    assert.equal(reportTable(april, 'es').split('\n')[0], '2026-04 hasta la fecha (día 10 de 30) · modo período · vs 2026-03 hasta el día 10');
    // The header and the verdicts in the language too.
    assert.deepEqual(cells(reportTable(april, 'pt-BR').split('\n')[1]!), ['Métrica', 'Valor', 'vs anterior', 'Meta', 'Esperado até agora', 'Status']);
    assert.doesNotMatch(reportTable(april, 'es'), /\b(good|warn|bad|neutral)\s*$/m);
  });

  it('says when a previous value was prorated from summary rows, and names a channel in the title', () => {
    // Rows alone: March's 62 MQLs count 10/31 of themselves against April's first ten days: 20.
    const rows = dataset({ version: 1, asOf: '2026-04-10', rows: [{ period: '2026-03', channel: 'web', mqls: 62 }, { period: '2026-04', channel: 'web', mqls: 25 }] });
    const lines = reportTable(computeMetrics(rows, { period: '2026-04', channel: 'web' })).split('\n');
    assert.equal(lines[0], '2026-04 to date (day 10 of 30) · period mode · web · vs 2026-03 to day 10');
    assert.deepEqual(cells(lines.find((line) => line.startsWith('MQLs '))!).slice(0, 3), ['MQLs', '25', '+5 (prorated)']);
    assert.deepEqual(cells(reportTable(computeMetrics(rows, { period: '2026-04' }), 'es').split('\n').find((line) => line.startsWith('MQLs '))!).slice(0, 3), ['MQLs', '25', '+5 (prorrateado)']);
  });

  it('gives the same facts as CSV rows, one column each', () => {
    const [header, ...rows] = reportCsv(april).trim().split(/\r?\n/);
    assert.equal(header, 'metric,label,value,unit,reason,n,previous,previous_basis,delta,target,target_expected,attainment,benchmark_position,benchmark_verdict,status');
    assert.equal(rows.find((row) => row.startsWith('leads,')), 'leads,Leads,3,count,,3,2,to-date,1,30,10,0.3,,,bad');
    assert.equal(rows.find((row) => row.startsWith('visitors,')), 'visitors,Visitors,,count,missing-input,0,,to-date,,,,,,,neutral');
    assert.equal(rows.length, Object.keys(april.metrics).length);
    assert.deepEqual(reportRows(april, 'pt-BR').find((row) => row[0] === 'customers')!.slice(0, 3), ['customers', 'Novos clientes', 0]);
  });

  it('a closed period without comparisons: no previous, basis or window; a benchmark by its position and verdict; money in the currency', () => {
    const closed = dataset({
      version: 1,
      currency: 'BRL',
      rows: [{ period: '2026-03', leads: 10, mqls: 4, marketingSpend: 1000, salesSpend: 500, customers: 2 }],
      benchmarks: [{ metric: 'lead_to_mql', value: 0.3, comparator: '>=', source: { name: 'Industry survey' } }],
    });
    const bare = computeMetrics(closed, { compare: [] });
    const leads = reportRows(bare).find((row) => row[0] === 'leads')!;
    assert.deepEqual(leads, ['leads', 'Leads', 10, 'count', '', 10, null, '', null, null, null, null, '', '', 'neutral']);
    assert.equal(reportRows(bare).find((row) => row[0] === 'customers')![1], 'New customers', 'English unless asked');
    const lines = reportTable(bare).split('\n');
    assert.equal(lines[0], '2026-03 · period mode');
    assert.deepEqual(cells(lines.find((line) => line.startsWith('Leads '))!), ['Leads', '10', 'no judgement']);
    const judged = reportRows(computeMetrics(closed, { compare: ['benchmark'] })).find((row) => row[0] === 'lead_to_mql')!;
    assert.deepEqual(judged.slice(12), ['above', 'better', 'good']);
    assert.equal(plain(cells(reportTable(bare, 'pt-BR').split('\n').find((line) => line.startsWith('CAC '))!)[1]!), 'R$ 750');
  });

  it('the table lists the SLAs after the metrics, each as its gauge names and judges it, in the language', () => {
    const slas = dataset({
      version: 1,
      rows: [{ period: '2026-03', mqls: 50, mqlsContactedInSla: 45 }],
      slas: [
        { id: 'follow-up', owner: 'sales', type: 'response', withinHours: 4, target: 0.8, label: 'MQLs called within 4 h', labels: { 'pt-BR': 'MQLs ligados em 4 h' } },
        { id: 'volume', owner: 'marketing', type: 'volume', metric: 'mqls', target: 60 },
        { id: 'wins', owner: 'sales', type: 'metric', metric: 'win_rate', target: 0.3 },
      ],
    });
    const lines = (locale: 'en' | 'pt-BR') => reportTable(computeMetrics(slas), locale).trimEnd().split('\n');
    const en = lines('en');
    const at = en.indexOf('');
    assert.ok(at > 0, 'a blank line before the SLAs');
    assert.deepEqual(cells(en[at + 1]!), ['SLA', 'Actual', 'Target', 'Attainment', 'Status']);
    assert.deepEqual(en.slice(at + 3).map(cells), [
      ['MQLs called within 4 h', '90%', '80%', '112.5%', 'met'],
      ['volume', '50', '60', '83.3%', 'missed'],
      // No lost deals: no win rate, said why, and no attainment.
      ['wins', '— (an input is missing from the data)', '30%', '—', 'unknown'],
    ]);
    assert.deepEqual(cells(lines('pt-BR').at(-3)!), ['MQLs ligados em 4 h', '90%', '80%', '112,5%', 'cumprido']);
    const bare = reportTable(computeMetrics(dataset({ version: 1, rows: [{ period: '2026-03', mqls: 5 }] }))).trimEnd().split('\n');
    assert.equal(bare.length, 3 + Object.keys(computeMetrics(slas).metrics).length, 'no SLAs, no section: the title, the header, its rule and a row per metric');
  });

  it('a view split by a dimension, for terminals: a row per member, the unassigned named, the total last, its title in the language', () => {
    const split = dataset({ version: 1, dimensions: [{ id: 'segment' }], rows: [{ period: '2026-03', leads: 6, dims: { segment: 'SMB' } }, { period: '2026-03', leads: 4 }] });
    const table = (locale: 'en' | 'pt-BR') => reportByTable(computeBy(split, { by: 'segment' }), locale).trimEnd().split('\n');
    const en = table('en');
    assert.equal(en[0], '2026-03 · period mode · by segment');
    assert.deepEqual(en.slice(3).map((line) => cells(line).slice(0, 2)), [['SMB', '6'], ['(unassigned)', '4'], ['Total', '10']]);
    const pt = table('pt-BR');
    assert.equal(pt[0], '2026-03 · modo período · por segment');
    assert.deepEqual(pt.slice(3).map((line) => cells(line)[0]), ['SMB', '(não atribuído)', 'Total']);
  });

  it('says a prorated previous value in Portuguese too', () => {
    const rows = dataset({ version: 1, asOf: '2026-04-10', rows: [{ period: '2026-03', mqls: 62 }, { period: '2026-04', mqls: 25 }] });
    assert.deepEqual(cells(reportTable(computeMetrics(rows, { period: '2026-04' }), 'pt-BR').split('\n').find((line) => line.startsWith('MQLs '))!).slice(0, 3), ['MQLs', '25', '+5 (proporcional)']);
  });

  it('names what a change is measured against, in each locale', () => {
    const previous = (basis: 'full' | 'to-date' | 'prorated') => ({ period: '2026-02', basis, days: 18, value: 1, delta: 1, deltaUnit: 'unit' as const, relative: 1 });
    assert.deepEqual(['full', 'to-date', 'prorated'].map((basis) => previousLabel(previous(basis as 'full'), 'en')), ['vs 2026-02', 'vs 2026-02 to day 18', 'vs 2026-02 (prorated)']);
    assert.deepEqual(['full', 'to-date', 'prorated'].map((basis) => previousLabel(previous(basis as 'full'), 'pt-BR')), ['vs 2026-02', 'vs 2026-02 até o dia 18', 'vs 2026-02 (proporcional)']);
    assert.deepEqual(['full', 'to-date', 'prorated'].map((basis) => previousLabel(previous(basis as 'full'), 'es')), ['vs 2026-02', 'vs 2026-02 hasta el día 18', 'vs 2026-02 (prorrateado)']);
    assert.equal(periodLabel('2026-03', undefined, 'es'), '2026-03');
  });
});

describe('the words the kit shows', () => {
  it('exist in every locale, and no two things of one kind share their words', () => {
    const tables = { REASON_TEXT, STATUS_TEXT, SLA_STATUS_TEXT, POSITION_TEXT, BENCHMARK_VERDICT_TEXT, STAGE_TEXT };
    for (const [name, table] of Object.entries(tables)) {
      for (const locale of ['en', 'pt-BR', 'es'] as const) {
        const words = Object.values(table).map((localized: Record<string, string>) => localized[locale]);
        for (const word of words) assert.ok(typeof word === 'string' && word.trim() === word && word.length > 1, `${name} ${locale}: "${word}"`);
        assert.equal(new Set(words).size, words.length, `${name} ${locale}: ${words.join(' / ')}`);
      }
    }
    // Every reason, verdict, position and stage has its words.
    assert.deepEqual(Object.keys(REASON_TEXT).sort(), ['missing-input', 'no-data', 'no-samples', 'out-of-range', 'zero-churn', 'zero-denominator']);
    assert.deepEqual(Object.keys(STATUS_TEXT).sort(), ['bad', 'good', 'neutral', 'warn']);
    assert.deepEqual(Object.keys(SLA_STATUS_TEXT).sort(), ['at-risk', 'met', 'missed', 'unknown']);
    assert.deepEqual(Object.keys(POSITION_TEXT).sort(), ['above', 'below', 'within']);
    assert.deepEqual(Object.keys(BENCHMARK_VERDICT_TEXT).sort(), ['better', 'within', 'worse']);
    assert.deepEqual(Object.keys(STAGE_TEXT).sort(), [...STAGE_LABEL_KEYS].sort());
  });
});

describe('periods named short, for a chart axis', () => {
  it('a month is its short name and the year in two digits, in each language; other periods keep their own short form', () => {
    assert.deepEqual((['en', 'pt-BR', 'es'] as const).map((l) => shortPeriodLabel('2025-04', l)), ['Apr 25', 'abr. 25', 'abr 25']);
    assert.equal(shortPeriodLabel('2026-12', 'en'), 'Dec 26');
    assert.equal(shortPeriodLabel('2026-Q1', 'en'), 'Q1 26');
    assert.equal(shortPeriodLabel('2026-W09', 'pt-BR'), 'W09 26');
    assert.equal(shortPeriodLabel('2026-03-18', 'en'), 'Mar 18');
    assert.equal(shortPeriodLabel('2026', 'es'), '2026');
    assert.equal(shortPeriodLabel('not a period', 'en'), 'not a period');
  });
});

describe('stages the data renames', () => {
  it('a metric label names the renamed stage, plural and singular, in each language; its id stays', () => {
    const names = { sqls: 'SALs' };
    assert.equal(metricLabel('sqls', 'en', names), 'SALs');
    assert.equal(metricLabel('mql_to_sql', 'en', names), 'MQL-to-SAL rate');
    assert.equal(metricLabel('sql_to_opportunity', 'en', names), 'SAL-to-opportunity rate');
    assert.equal(metricLabel('mql_to_sql', 'pt-BR', names), 'Conversão MQL → SAL');
    assert.equal(metricLabel('days_sql_to_opportunity', 'es', names), 'Días de SAL a oportunidad');
    // Other stages, and labels without the stage, are untouched; no rename, the catalogue's label.
    assert.equal(metricLabel('lead_to_mql', 'en', names), 'Lead-to-MQL rate');
    assert.equal(metricLabel('sales_sla_rate', 'en', names), 'MQLs contacted within SLA');
    assert.equal(metricLabel('mql_to_sql', 'en', undefined), 'MQL-to-SQL rate');
    assert.equal(metricLabel('no_such_metric', 'en', names), 'no_such_metric');
  });

  it('a word takes the case of the word it replaces, an acronym keeps its capitals; one pass, so a rename is not renamed again', () => {
    assert.equal(metricLabel('customers', 'en', { customers: 'Clients' }), 'New clients');
    assert.equal(metricLabel('opportunity_to_customer', 'en', { customers: 'Clients' }), 'Opportunity-to-client rate');
    assert.equal(metricLabel('disqualified_leads', 'en', { leads: 'Contacts' }), 'Disqualified contacts');
    assert.equal(metricLabel('lead_to_mql', 'en', { leads: 'Contacts', mqls: 'MALs' }), 'Contact-to-MAL rate');
    // "Qualified leads" holds the word of another renamed stage: it is kept as given.
    assert.equal(withStageNames('MQLs', 'en', { mqls: 'Qualified leads', leads: 'Contacts' }), 'Qualified leads');
    assert.equal(stageName('sqls', 'es', { sqls: 'SALs' }), 'SALs');
    assert.equal(stageName('sqls', 'es', undefined), 'SQLs');
  });

  it('the report\'s display names (CSV, terminal table) follow the dataset\'s names', () => {
    const result = computeMetrics(dataset({ version: 1, stageLabels: { sqls: 'SALs' }, rows: [{ period: '2026-03', mqls: 40, sqls: 10 }] }), { period: '2026-03' });
    const csv = reportCsv(result);
    assert.match(csv, /\r\nmql_to_sql,MQL-to-SAL rate,/);
    assert.doesNotMatch(csv, /SQL/);
    assert.match(reportTable(result, 'pt-BR'), /Conversão MQL → SAL/);
  });
});

describe('a status in words', () => {
  it('within the benchmark band and no target judging it: "within benchmark" in each language, never "no judgement"', () => {
    const rows = [{ period: '2026-03', mqls: 100, sqls: 50 }];
    const band = { metric: 'mql_to_sql', low: 0.4, high: 0.6, source: { name: 'a survey' } };
    const within = computeMetrics(dataset({ version: 1, rows, benchmarks: [band] }), { period: '2026-03', compare: ['benchmark'] }).metrics.mql_to_sql!;
    assert.equal(within.status, 'neutral');
    assert.deepEqual((['en', 'pt-BR', 'es'] as const).map((l) => statusText(within, l)), ['within benchmark', 'dentro do benchmark', 'dentro del benchmark']);
    // Above the band: the benchmark judges it good. With a target, the target judges it.
    const above = computeMetrics(dataset({ version: 1, rows, benchmarks: [{ ...band, high: 0.45 }] }), { period: '2026-03', compare: ['benchmark'] }).metrics.mql_to_sql!;
    assert.equal(statusText(above, 'en'), 'good');
    const targeted = computeMetrics(dataset({ version: 1, rows, benchmarks: [band], targets: [{ metric: 'mql_to_sql', period: '2026-03', value: 0.5 }] }), { period: '2026-03', compare: ['benchmark', 'target'] }).metrics.mql_to_sql!;
    assert.equal(statusText(targeted, 'en'), 'good');
    // Neutral for another reason (nothing to compare with): still no judgement.
    const alone = computeMetrics(dataset({ version: 1, rows }), { period: '2026-03', compare: [] }).metrics.mql_to_sql!;
    assert.equal(statusText(alone, 'es'), 'sin evaluación');
  });
});
