import assert from 'node:assert/strict';
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { mappingJsonSchema, mappingSchema } from '../../src/cli/import/mapping.js';
import { run } from '../../src/cli/run.js';
import { computeMetrics, parseDataset, type Dataset } from '../../src/core/index.js';
import { scratchDir } from '../../scripts/scratch.mjs';
import fc from './fc.js';

// `inbound-kpi-kit import` run in this process (no build needed): each preset on a small
// export written from the CRM's documented columns (test/fixtures/crm/), then the kit's own
// parseDataset and computeMetrics on what it wrote. Every expected count is read off the
// fixture rows by hand, in the comment beside it.

const FIXTURES = new URL('../fixtures/crm/', import.meta.url).pathname;
const scratch = scratchDir('kpi-import');
const file = (name: string, text: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

async function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => stdin,
    readChunks: (source) => (source === '-' ? Readable.from([stdin]) : createReadStream(source, { encoding: 'utf8' })),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Imports, then checks the output against the contract; returns the dataset and the raw run. */
async function imported(args: string[]) {
  const result = await cli(['import', ...args]);
  const parsed = parseDataset(JSON.parse(result.stdout));
  assert.ok(parsed.ok, `the output follows the contract: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
  return { ...result, dataset: parsed.dataset };
}

/** A metric of March 2026, as known at the end of April (a fixed "today", not the clock's). */
const value = (dataset: Dataset, metric: string) => computeMetrics({ ...dataset, asOf: '2026-04-30' }, { period: '2026-03' }).metrics[metric]!.value;
const lead = (dataset: Dataset, id: string) => dataset.leads!.find((l) => l.id === id);

describe('inbound-kpi-kit import: the presets', () => {
  it('hubspot-contacts: lifecycle dates, Original Source labels and enums, Lead Status as a ledger event, in the zone given', async () => {
    const { code, dataset, stderr } = await imported([join(FIXTURES, 'hubspot-contacts.csv'), '--preset', 'hubspot-contacts', '--timezone', 'America/New_York']);
    assert.equal(code, 0);
    assert.match(stderr, /import: 5 rows read, 5 imported, 0 skipped\n/);
    // Created in March, New York time: 101, 102, 103, 104 (23:30 on the 31st; April in UTC).
    assert.equal(value(dataset, 'leads'), 4);
    // MQL dates in March: 101 (3rd), 102 (6th), 105 (1st); 104's is in April.
    assert.equal(value(dataset, 'mqls'), 3);
    // SQL dates in March: 101 (5th), 105 (2nd).
    assert.equal(value(dataset, 'sqls'), 2);
    // Customer dates in March: 101 (20th), 105 (25th).
    assert.equal(value(dataset, 'customers'), 2);
    // Lead Status "Unqualified": 102, dated by Last Modified Date (10th).
    assert.equal(value(dataset, 'disqualified_leads'), 1);
    assert.deepEqual(lead(dataset, '102'), { id: '102', channel: 'paid-social', createdAt: '2026-03-04T13:00:00-05:00', mqlAt: '2026-03-06T08:00:00-05:00', dims: { owner: 'Maria Rep' }, disqualifiedAt: '2026-03-10T09:00:00-04:00' });
    assert.equal(lead(dataset, '103')!.channel, 'paid-search', 'the internal enum PAID_SEARCH');
    assert.equal(dataset.timezone, 'America/New_York');
    assert.equal(lead(dataset, '104')!.createdAt, '2026-03-31T23:30:00-04:00');
    // Without --timezone the same wall-clock times are read as UTC.
    const inUtc = await imported([join(FIXTURES, 'hubspot-contacts.csv'), '--preset', 'hubspot-contacts']);
    assert.equal(lead(inUtc.dataset, '104')!.createdAt, '2026-03-31T23:30:00Z');
  });

  it('pipedrive-deals: deals created, won and lost with their value; lost reasons as written count under "other"', async () => {
    const { code, dataset } = await imported([join(FIXTURES, 'pipedrive-deals.csv'), '--preset', 'pipedrive-deals', '--currency', 'USD']);
    assert.equal(code, 0);
    assert.equal(dataset.currency, 'USD');
    // Deals created in March: 1, 2, 3.
    assert.equal(value(dataset, 'leads'), 3);
    // Won in March: 1 (18th, 12000) and 4 (3rd, 8000).
    assert.equal(value(dataset, 'customers'), 2);
    assert.equal(value(dataset, 'revenue'), 20000);
    assert.deepEqual(lead(dataset, '2'), { id: '2', channel: 'organic-search', createdAt: '2026-03-05T11:00:00Z', lostAt: '2026-03-25T09:30:00Z', amount: 5000.5, dims: { owner: 'Ana', pipeline: 'Sales' }, reason: 'other' });
    const noCurrency = await cli(['import', join(FIXTURES, 'pipedrive-deals.csv'), '--preset', 'pipedrive-deals']);
    assert.equal(noCurrency.code, 2);
    assert.match(noCurrency.stderr, /the mapping reads amounts: give their --currency/);
  });

  it('rd-station: ; and decimal commas, a BOM, DD/MM/YYYY in São Paulo, Estado stamping the closing date as a win or a loss', async () => {
    assert.deepEqual([...readFileSync(join(FIXTURES, 'rd-station.csv')).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the fixture starts with a BOM');
    const { code, dataset } = await imported([join(FIXTURES, 'rd-station.csv'), '--preset', 'rd-station', '--currency', 'BRL']);
    assert.equal(code, 0);
    assert.equal(dataset.timezone, 'America/Sao_Paulo');
    // Created in March: rd-1, rd-2, rd-3; won: rd-1 ("Vendida", 1.234,56); lost: rd-2.
    assert.equal(value(dataset, 'leads'), 3);
    assert.equal(value(dataset, 'customers'), 1);
    assert.equal(value(dataset, 'revenue'), 1234.56);
    assert.deepEqual(lead(dataset, 'rd-2'), { id: 'rd-2', channel: 'paid-search', createdAt: '2026-03-05T09:30:00-03:00', lostAt: '2026-03-12T11:00:00-03:00', amount: 2000, dims: { campaign: 'Março', owner: 'Paula' }, reason: 'other' });
    assert.equal(lead(dataset, 'rd-1')!.id, 'rd-1', 'the BOM is not part of the first header');
  });

  it('salesforce-leads: US 12-hour dates, a Converted Date on the day of creation reads as the creation time', async () => {
    const { code, dataset, stdout } = await imported([join(FIXTURES, 'salesforce-leads.csv'), '--preset', 'salesforce-leads', '--timezone', 'America/Los_Angeles']);
    assert.equal(code, 0);
    // Created in March: AAAAA, AAAAB, AAAAC; converted in March: AAAAA (2nd, same day), AAAAD (4th).
    assert.equal(value(dataset, 'leads'), 3);
    assert.equal(value(dataset, 'sqls'), 2);
    assert.equal(value(dataset, 'disqualified_leads'), 1);
    assert.deepEqual(lead(dataset, '00Q5e00001AAAAA'), { id: '00Q5e00001AAAAA', channel: 'web', createdAt: '2026-03-02T09:05:00-08:00', sqlAt: '2026-03-02T09:05:00-08:00', dims: { industry: 'Technology', owner: 'Sam Owner' } });
    assert.equal(lead(dataset, '00Q5e00001AAAAD')!.sqlAt, '2026-03-04T00:00:00-08:00');
    // The same numbers through the CLI's compute, from the file import wrote.
    const out = file('salesforce.json', stdout);
    const computed = JSON.parse((await cli(['compute', out, '--period', '2026-03', '--as-of', '2026-04-30'])).stdout);
    assert.equal(computed.metrics.leads.value, 3);
    assert.equal(computed.metrics.sqls.value, 2);
  });

  it('every preset is a valid mapping citing the documentation its columns come from; schema/mapping.json is the generated one', () => {
    for (const preset of ['hubspot-contacts', 'pipedrive-deals', 'rd-station', 'salesforce-leads']) {
      const json = JSON.parse(readFileSync(new URL(`../../presets/${preset}.json`, import.meta.url), 'utf8'));
      assert.ok(mappingSchema.safeParse(json).success, preset);
      assert.match(json.$comment, /https:\/\/\S+/, preset);
    }
    assert.deepEqual(JSON.parse(readFileSync(new URL('../../schema/mapping.json', import.meta.url), 'utf8')), mappingJsonSchema());
    // The README's example mapping (comments dropped) follows the schema too.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('**The mapping file**'));
    const example = section.slice(section.indexOf('```jsonc') + 8, section.indexOf('```', section.indexOf('```jsonc') + 8)).replace(/\s+\/\/.*$/gm, '');
    assert.ok(mappingSchema.safeParse(JSON.parse(example)).success, example);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(pkg.exports['./schema/mapping.json'], './schema/mapping.json');
    assert.ok(pkg.files.includes('presets'));
  });
});

/** A mapping with every feature: value maps, two date formats, a zone with DST, decimal commas, statuses and reasons. */
const FULL_MAPPING = {
  timezone: 'America/New_York',
  dateFormats: ['DD/MM/YYYY HH:mm', 'YYYY.MM.DD H:mm'],
  number: { decimal: ',', thousands: '.' },
  currency: 'EUR',
  dimensions: [{ id: 'segment', label: 'Segment' }],
  reasons: [
    { code: 'not-icp', label: 'Not our ICP', owner: 'marketing' },
    { code: 'price', owner: 'sales' },
  ],
  columns: {
    Codigo: 'id',
    Criado: 'createdAt',
    MQL: 'mqlAt',
    Ganho: { field: 'wonAt', dateFormats: ['ISO'] },
    Origem: { field: 'channel', values: { ORGANIC_SEARCH: 'organic-search', PAID_SOCIAL: 'paid-social', UNKNOWN: null } },
    Situacao: { field: 'status', at: 'Decidido', values: { ACEITO: 'acceptedAt', RECUSADO: 'rejectedAt', NOVO: null, FECHADO: 'wonAt' } },
    Motivo: { field: 'reason', values: { 'Fora do perfil': 'not-icp', Caro: 'price' } },
    Valor: 'amount',
    Segmento: { field: 'dims.segment', values: { ent: 'Enterprise' } },
  },
};

describe('inbound-kpi-kit import: a mapping file', () => {
  it('uses every feature on a ; file with a BOM and decimal commas, and counts the DST adjustments', async () => {
    const map = file('full.json', JSON.stringify(FULL_MAPPING));
    const csv = file(
      'full.csv',
      '\ufeff' +
        [
          // A quoted first header: the BOM must go before the parser reads the quote.
          '"Codigo";Criado;MQL;Decidido;Situacao;Motivo;Ganho;Origem;Valor;Segmento',
          // 2: an ordinary row; 8 March 02:30 in New York does not exist (gap): 03:30 EDT.
          'A1;02/03/2026 09:00;08/03/2026 02:30;09/03/2026 10:00;ACEITO;;2026-03-20T15:00:00Z;ORGANIC_SEARCH;"1.250,50";ent',
          // 3: the other date format; rejected by sales for a reason marketing owns.
          'A2;2026.03.04 7:05;05/03/2026 11:00;05/03/2026 15:00;RECUSADO;Fora do perfil;;PAID_SOCIAL;;smb',
          // 4: 1 November 01:30 happens twice (overlap): the first, EDT; a source mapped to no channel.
          'A3;01/11/2026 01:30;;;NOVO;;;UNKNOWN;;',
          // 5: a source not in the map is kept as written; a status stamps only what no date column gave.
          'A4;10/03/2026 12:00;;25/03/2026 10:00;FECHADO;;2026-03-24T12:00:00Z;NEWSLETTER_X;0,5;',
        ].join('\r\n') +
        '\r\n',
    );
    const { code, dataset, stderr } = await imported([csv, '--map', map]);
    assert.equal(code, 0);
    assert.equal(dataset.currency, 'EUR');
    assert.deepEqual(dataset.reasons, FULL_MAPPING.reasons);
    assert.deepEqual(dataset.dimensions, FULL_MAPPING.dimensions);
    assert.deepEqual(dataset.leads, [
      { id: 'A1', channel: 'organic-search', createdAt: '2026-03-02T09:00:00-05:00', mqlAt: '2026-03-08T03:30:00-04:00', wonAt: '2026-03-20T15:00:00Z', amount: 1250.5, dims: { segment: 'Enterprise' }, acceptedAt: '2026-03-09T10:00:00-04:00' },
      { id: 'A2', channel: 'paid-social', createdAt: '2026-03-04T07:05:00-05:00', mqlAt: '2026-03-05T11:00:00-05:00', dims: { segment: 'smb' }, rejectedAt: '2026-03-05T15:00:00-05:00', reason: 'not-icp' },
      { id: 'A3', createdAt: '2026-11-01T01:30:00-04:00' },
      { id: 'A4', channel: 'NEWSLETTER_X', createdAt: '2026-03-10T12:00:00-04:00', wonAt: '2026-03-24T12:00:00Z', amount: 0.5 },
    ]);
    assert.match(stderr, /import: 4 rows read, 4 imported, 0 skipped\n/);
    assert.match(stderr, /DST adjustments \(America\/New_York\): 2 \(1 in a gap, moved forward; 1 in an overlap, the earlier instant\)/);
    // March: 3 leads (A1, A2, A4), 2 MQLs, one accepted and one rejected for a marketing-owned reason.
    assert.equal(value(dataset, 'leads'), 3);
    assert.equal(value(dataset, 'mqls'), 2);
    assert.equal(value(dataset, 'sales_acceptance_rate'), 0.5);
    assert.equal(value(dataset, 'failures_marketing_owned'), 1);
    // Won in March: A1 (20th) and A4 (24th, from its date column, not the status's date).
    assert.equal(value(dataset, 'customers'), 2);
  });

  it('--timezone and --date-format override the mapping; --out writes a file; - reads standard input', async () => {
    const map = file('small.json', JSON.stringify({ timezone: 'Asia/Kolkata', dateFormats: ['DD/MM/YYYY HH:mm'], columns: { id: 'id', created: 'createdAt' } }));
    // Spaces around a header name are not part of it.
    const csv = 'id, created \n1,2026-03-04 10:00\n';
    const out = join(scratch, 'small-out.json');
    const run = await cli(['import', '-', '--map', map, '--timezone', 'Asia/Tokyo', '--date-format', 'ISO', '--out', out], csv);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).leads[0].createdAt, '2026-03-04T10:00:00+09:00');
    const mappingOnly = await cli(['import', '-', '--map', map], 'id,created\n1,04/03/2026 10:00\n');
    assert.equal(JSON.parse(mappingOnly.stdout).leads[0].createdAt, '2026-03-04T10:00:00+05:30');
  });
});

describe('inbound-kpi-kit import: rows that cannot be mapped', () => {
  it('are listed by line, column and value; the others imported; the summary counts them by reason; exit 1', async () => {
    const map = file('bad.json', JSON.stringify(FULL_MAPPING));
    const lines = [
      'Codigo;Criado;MQL;Decidido;Situacao;Motivo;Ganho;Origem;Valor;Segmento', // 1
      'B1;02/03/2026 09:00;;;;;;ORGANIC_SEARCH;;"multi', // 2: a quoted cell over two lines,
      'line"', // 3
      'B2;31/02/2026 10:00;;;;;;;;', // 4: no 31 February
      'B3;02/03/2026 09:00;;;;;;;12.50;', // 5: 12.50 is not grouped in threes
      'B4;02/03/2026 09:00;03/03/2026 09:00;04/03/2026 09:00;TALVEZ;;;;;', // 6: unknown status
      'B5;02/03/2026 09:00;03/03/2026 09:00;04/03/2026 09:00;RECUSADO;Sem motivo;;;;', // 7: unknown reason
      ';02/03/2026 09:00;;;;;;;;', // 8: no id
      'B1;05/03/2026 09:00;;;;;;;;', // 9: B1 again
      'B6;02/03/2026 09:00;01/03/2026 09:00;;;;;;;', // 10: MQL before creation
      'B7;02/03/2026 09:00;;04/03/2026 09:00;ACEITO;;;;;', // 11: accepted without an MQL
      'B8;02/03/2026 09:00;;;;;;;"two', // 12: a cell more than the header, on a row of two lines
      'lines";;extra', // 13
      'B9;02/03/2026 09:00;;;;;;;;', // 14: fine
    ];
    const { code, dataset, stderr } = await imported([file('bad.csv', lines.join('\n') + '\n'), '--map', map]);
    assert.equal(code, 1);
    assert.deepEqual(
      dataset.leads!.map((l) => l.id),
      ['B1', 'B9'],
    );
    assert.equal(lead(dataset, 'B1')!.dims!.segment, 'multi\nline');
    const reported = stderr.split('\n').filter((l) => l.startsWith('line '));
    assert.deepEqual(reported, [
      'line 4, column "Criado": "31/02/2026 10:00" is not a date in DD/MM/YYYY HH:mm or YYYY.MM.DD H:mm',
      'line 5, column "Valor": "12.50" is not a non-negative amount',
      'line 6, column "Situacao": status "TALVEZ" is not in the mapping\'s values (ACEITO, RECUSADO, NOVO, FECHADO)',
      'line 7, column "Motivo": reason "Sem motivo" is neither in the mapping\'s values nor a declared reason code',
      'line 8, column "Codigo": has no id',
      'line 9, column "Codigo": id "B1" was given on an earlier line',
      'line 10, column "MQL": mqlAt 2026-03-01T09:00:00-05:00 is before createdAt 2026-03-02T09:00:00-05:00',
      'line 11, column "Decidido": acceptedAt needs mqlAt: sales accepts or rejects an MQL (value "2026-03-04T09:00:00-05:00")',
      'line 12: has 11 cells where the header has 10',
    ]);
    assert.match(stderr, /import: 11 rows read, 2 imported, 9 skipped \(/);
    for (const kind of ['bad date: 1', 'bad number: 1', 'unknown value: 2', 'missing value: 1', 'duplicate id: 1', 'before createdAt: 1', 'ledger rule: 1', 'malformed CSV: 1']) assert.ok(stderr.includes(kind), kind);
  });

  it('a quote that never closes is the parser\'s complaint, at its line', async () => {
    const map = file('quote.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt' } }));
    const run = await cli(['import', file('quote.csv', 'id,created\n1,2026-03-04\n2,"2026-03-05\n'), '--map', map]);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).leads.length, 1);
    assert.match(run.stderr, /^line 3: Quote Not Closed/m);
    assert.match(run.stderr, /2 rows read, 1 imported, 1 skipped \(malformed CSV: 1\)/);
  });

  it('lists the first hundred skipped rows, then counts the rest', async () => {
    const map = file('many.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt' } }));
    const bad = Array.from({ length: 130 }, (_, i) => `${i},not a date`);
    const run = await cli(['import', '-', '--map', map, '--date-format', 'DD/MM/YYYY', '--date-format', 'ISO'], `id,created\n${bad.join('\n')}\n999,2026-03-04\n`);
    assert.equal(run.code, 1);
    const listed = run.stderr.split('\n').filter((l) => l.startsWith('line '));
    assert.equal(listed.length, 100);
    assert.equal(listed[99], 'line 101, column "created": "not a date" is not a date in DD/MM/YYYY or ISO');
    assert.match(run.stderr, /^… and 30 more rows skipped$/m);
    assert.match(run.stderr, /import: 131 rows read, 1 imported, 130 skipped \(bad date: 130\)/);
  });

  it('a text longer than the contract takes is reported, not cut', async () => {
    const map = file('long.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt', source: 'channel' } }));
    const run = await cli(['import', '-', '--map', map], `id,created,source\n1,2026-03-04,${'x'.repeat(200)}\n2,2026-03-04,${'y'.repeat(201)}\n`);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).leads[0].channel.length, 200);
    assert.match(run.stderr, new RegExp(`^line 3, column "source": has 201 characters; channel takes at most 200 \\(value "${'y'.repeat(40)}…"\\)$`, 'm'));
  });

  it('a hostile cell is data: kept as the very string, and guarded when the kit writes CSV', async () => {
    const map = file('hostile.json', JSON.stringify({ dimensions: [{ id: 'owner' }], columns: { id: 'id', created: 'createdAt', source: 'channel', owner: 'dims.owner' } }));
    const formula = "=cmd|' /C calc'!A0";
    const tag = '<img src=x onerror=alert(1)>';
    const csv = `id,created,source,owner\n1,2026-03-04 10:00,"${formula}",${tag}\n2,2026-03-05 10:00,paid-search,Ana\n`;
    const { code, stdout, dataset } = await imported([file('hostile.csv', csv), '--map', map]);
    assert.equal(code, 0);
    assert.equal(lead(dataset, '1')!.channel, formula);
    assert.equal(lead(dataset, '1')!.dims!.owner, tag);
    const csvOut = (await cli(['compute', file('hostile-out.json', stdout), '--period', '2026-03', '--by', 'channel', '--format', 'csv'])).stdout;
    assert.ok(csvOut.split(/\r?\n/).some((line) => line.startsWith(`'${formula},`)), csvOut);
  });
});

describe('inbound-kpi-kit import: usage', () => {
  it('exit 2 for a missing preset or mapping, a bad mapping, or a file without the id column; --help has examples', async () => {
    const csv = join(FIXTURES, 'hubspot-contacts.csv');
    assert.match((await cli(['import', csv])).stderr, /import needs --preset .* or --map mapping.json/);
    const unknown = await cli(['import', csv, '--preset', 'zoho']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--preset takes hubspot-contacts, pipedrive-deals, rd-station, salesforce-leads; not "zoho"/);
    const bad = await cli(['import', csv, '--map', file('typo.json', JSON.stringify({ columns: { 'Record ID': 'id', 'Create Date': 'createdAt', Source: 'chanel', X: 'mqlAt', Y: 'mqlAt' } }))]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /columns\.Source: expected a field: id, channel, reason, amount, createdAt/);
    assert.match(bad.stderr, /columns\.Y: maps to mqlAt, which column "X" already fills/);
    const twice = await cli(['import', csv, '--map', file('twice.json', JSON.stringify({ reasons: [{ code: 'x', owner: 'sales' }, { code: 'x', owner: 'marketing' }], columns: { 'Record ID': 'id', 'Create Date': 'createdAt', 'Original Source': { field: 'channel', values: { 'Paid search': '' } } } }))]);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /reasons\.1: "x" is declared twice/);
    assert.match(twice.stderr, /expected a non-empty string, or null for no value/);
    const noId = await cli(['import', csv, '--map', file('noid.json', JSON.stringify({ columns: { Id: 'id', 'Create Date': 'createdAt' } }))]);
    assert.equal(noId.code, 2);
    assert.match(noId.stderr, /the file has no column "Id" \(.* maps it to id\); its columns: "Record ID", "First Name"/);
    const small = file('small-map.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt' } }));
    const empty = await cli(['import', '-', '--map', small], '');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /standard input is empty: expected a header line/);
    const brokenHeader = await cli(['import', '-', '--map', small], '"id,created\n');
    assert.equal(brokenHeader.code, 2);
    assert.match(brokenHeader.stderr, /standard input: the header line cannot be read: Quote Not Closed/);
    const badZone = await cli(['import', csv, '--preset', 'hubspot-contacts', '--timezone', 'Mars/Olympus']);
    assert.equal(badZone.code, 2);
    const help = await cli(['import', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Examples:\n\s+inbound-kpi-kit import contacts\.csv --preset hubspot-contacts/);
  });

  it('warns of a mapped column the file lacks, and leaves its field empty', async () => {
    const map = file('extra.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt', 'MQL date': 'mqlAt' } }));
    const run = await cli(['import', '-', '--map', map], 'id,created\n1,2026-03-04\n');
    assert.equal(run.code, 0);
    assert.match(run.stderr, /warning: the file has no column "MQL date"; its field stays empty/);
    assert.deepEqual(JSON.parse(run.stdout).leads, [{ id: '1', createdAt: '2026-03-04T00:00:00Z' }]);
  });
});

describe('inbound-kpi-kit import: whatever the cells', () => {
  it('the output follows the contract, and every row is imported or reported, never both or neither', async () => {
    const map = file('property.json', JSON.stringify(FULL_MAPPING));
    const date = fc.oneof(
      fc.constant(''),
      fc.constantFrom('02/03/2026 09:00', '08/03/2026 02:30', '01/11/2026 01:30', '31/12/2025 23:59', '2026.03.04 7:05', '31/02/2026 10:00', 'soon'),
    );
    const cell = (...values: string[]) => fc.oneof(fc.constantFrom('', ...values), fc.string({ maxLength: 8 }));
    const row = fc.tuple(
      fc.constantFrom('P1', 'P2', 'P3', '7', ''),
      date,
      date,
      date,
      cell('ACEITO', 'RECUSADO', 'NOVO', 'FECHADO'),
      cell('Fora do perfil', 'Caro', 'price'),
      fc.constantFrom('', '2026-03-20T15:00:00Z', '2026-01-01T00:00:00-03:00', 'x'),
      cell('ORGANIC_SEARCH', 'PAID_SOCIAL', 'UNKNOWN', '=1+1', '<b>'),
      cell('1.250,50', '0', '-3', '12.50'),
      cell('ent'),
    );
    // Cells are quoted and their quotes doubled, as a CRM writes them.
    const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), async (rows) => {
        const csv = ['Codigo;Criado;MQL;Decidido;Situacao;Motivo;Ganho;Origem;Valor;Segmento', ...rows.map(line)].join('\n');
        const run = await cli(['import', '-', '--map', map], csv);
        const parsed = parseDataset(JSON.parse(run.stdout));
        assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
        const reported = run.stderr.split('\n').filter((l) => l.startsWith('line ')).length;
        assert.equal(parsed.dataset.leads!.length + reported, rows.length);
        assert.equal(run.code, reported > 0 ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('inbound-kpi-kit import: a slow reader', () => {
  it('is waited for: what is written but not yet taken stays near one piece, whatever the length of the export', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `${i},2026-03-04 10:00,channel-${i % 7}`);
    const map = file('slow.json', JSON.stringify({ columns: { id: 'id', created: 'createdAt', source: 'channel' } }));
    let taken = '';
    let mostWaiting = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        taken += chunk.toString();
        setTimeout(done, 1); // a reader slower than the writer
      },
    });
    const write = output.write.bind(output);
    output.write = ((chunk: string, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      mostWaiting = Math.max(mostWaiting, output.writableLength);
      return ok;
    }) as typeof output.write;
    const csv = `id,created,source\n${rows.join('\n')}\n`;
    const code = await run(['import', '-', '--map', map], { stdout: () => assert.fail('the stream is used'), stderr: () => {}, readStdin: async () => csv, readChunks: () => Readable.from([csv]), output });
    await new Promise((resolve) => output.end(resolve));
    assert.equal(code, 0);
    assert.equal(JSON.parse(taken).leads.length, 4000);
    assert.ok(taken.length > 4 * 65536, `the output spans several pieces (${taken.length} characters)`);
    assert.ok(mostWaiting <= 2 * 65536, `at most about one piece waits (${mostWaiting} bytes did)`);
  });
});

describe('inbound-kpi-kit import: the CSV parser stays in the CLI', () => {
  it('csv-parse is imported by src/cli/import/csv-rows.ts alone, and nothing outside src/cli imports the CLI, so no browser bundle can reach it', () => {
    const src = new URL('../../src/', import.meta.url).pathname;
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const importers = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(join(src, f), 'utf8'))).map((f) => relative(src, join(src, f)));
    assert.deepEqual(importers(/from 'csv-parse/), ['cli/import/csv-rows.ts']);
    assert.deepEqual(importers(/from '(\.\.\/)+cli\//).filter((f) => !f.startsWith('cli/')), []);
  });
});
