import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';

// A CRM export's rows, streamed through csv-parse: the header, then each row with the line it
// starts on, or the parser's complaint about a malformed one (which is skipped, not fatal).
// The delimiter is `,` or `;` (spreadsheets in pt-BR, es and most of Europe write `;`),
// whichever the header holds more of outside quotes; a UTF-8 BOM is dropped.

export type CsvItem = { cells: string[]; line: number } | { error: string; line: number };

/** The longest record csv-parse may buffer: an unclosed quote cannot swallow the whole file. */
const MAX_RECORD = 1 << 20;

/** `,`, `;` or a tab: the one the first line holds most of outside quotes (`,` on a tie). */
export function detectDelimiter(firstChunk: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of firstChunk) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Rows of the text, a chunk at a time; the first item is the header. */
export async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<CsvItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value === '') first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const parser = parse({ bom: true, delimiter: detectDelimiter(head), info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, max_record_size: MAX_RECORD });
  const errors: CsvItem[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => errors.push({ error: error.message, line: error.lines ?? 0 }));
  const rest = { [Symbol.asyncIterator]: () => iterator };
  const source = Readable.from(
    (async function* () {
      yield head;
      for await (const chunk of rest) yield chunk;
    })(),
  );
  // pipeline, not pipe: a read error destroys the parser, and the loop below throws it.
  pipeline(source, parser, () => {});
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (errors.length > 0) yield errors.shift()!;
    // info.lines is the line the record ends on; a quoted cell may have spanned several.
    let breaks = 0;
    for (const cell of item.record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
    yield { cells: item.record, line: item.info.lines - breaks };
  }
  while (errors.length > 0) yield errors.shift()!;
}
