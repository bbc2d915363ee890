import type { RecordTexts } from '../core/index.js';

// Reading records a piece at a time: NDJSON (one JSON value per line) or one JSON array,
// whatever its size, never holding more than one element's text (plus a chunk) at once.

/** Splits the text of a JSON array into the texts of its elements, as chunks arrive. */
export class JsonArraySplitter {
  #opened = false;
  #closed = false;
  #depth = 0;
  #inString = false;
  #escaped = false;
  /** The current element's text from earlier chunks. */
  #pending = '';
  #inElement = false;

  /** Feeds the next chunk; calls `element` with each complete element's text. */
  push(chunk: string, element: (text: string) => void): void {
    let start = this.#inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (c === 92) this.#escaped = true; // backslash
        else if (c === 34) this.#inString = false; // quote
        continue;
      }
      if (!this.#opened) {
        if (c === 91) this.#opened = true; // [
        else if (!isSpace(c)) throw new SyntaxError('expected a JSON array of records');
        continue;
      }
      if (this.#closed) {
        if (!isSpace(c)) throw new SyntaxError('text after the end of the array');
        continue;
      }
      if (!this.#inElement) {
        if (isSpace(c) || c === 44) continue; // whitespace, comma
        if (c === 93) {
          this.#closed = true; // ]
          continue;
        }
        this.#inElement = true;
        start = i;
      }
      if (c === 34) this.#inString = true;
      else if (c === 123 || c === 91) this.#depth++;
      else if (c === 125 || c === 93) {
        if (this.#depth === 0) {
          // The array's own ] ends a bare value (a number, true…).
          element(this.#pending + chunk.slice(start, i));
          this.#pending = '';
          this.#inElement = false;
          this.#closed = true;
          continue;
        }
        this.#depth--;
        if (this.#depth === 0) {
          element(this.#pending + chunk.slice(start, i + 1));
          this.#pending = '';
          this.#inElement = false;
        }
      } else if (c === 44 && this.#depth === 0) {
        element(this.#pending + chunk.slice(start, i)); // a bare value ends at its comma
        this.#pending = '';
        this.#inElement = false;
      }
    }
    if (this.#inElement) this.#pending += chunk.slice(Math.max(start, 0));
  }

  /** Throws when the input ended inside the array. */
  end(): void {
    if (!this.#opened || !this.#closed) throw new SyntaxError('the JSON array is not closed');
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** What `recordTexts` says of a dataset given where records are expected. */
export const DATASET_NOT_RECORDS =
  'a dataset (one JSON object with leads or rows), not lead records: this command reads records, one JSON object a line or one JSON array (its leads alone: jq -c ".leads[]" dataset.json); validate, compute, explain and review read a dataset';

/** Whether the first line of what should be records is a dataset: an object over many lines (a lone `{`), or one holding `leads` or `rows`. */
function isDataset(line: string): boolean {
  return line.trim() === '{' || (/^\s*\{/.test(line) && /"(leads|rows)"\s*:\s*\[/.test(line));
}

/**
 * The records of a text stream as their texts, about `size` at a time: a JSON array if its
 * first character is `[`, otherwise NDJSON (a dataset is refused, DATASET_NOT_RECORDS). A line is not cut out of its chunk: a record
 * is read where it lies (see RecordScanner).
 */
export async function* recordTexts(chunks: AsyncIterable<string>, size: number): AsyncGenerator<RecordTexts> {
  let mode: 'array' | 'lines' | undefined;
  const splitter = new JsonArraySplitter();
  let batch = emptyBatch('line');
  let carry = '';
  let line = 0;
  let index = 0;
  const pushLine = (text: string, start: number, end: number, place: number) => {
    // The first line tells a dataset from records.
    if (index++ === 0 && isDataset(text.slice(start, end))) throw new SyntaxError(DATASET_NOT_RECORDS);
    push(batch, text, start, end, place);
  };
  for await (const chunk of chunks) {
    if (mode === undefined) {
      const start = chunk.trimStart();
      if (start !== '') {
        mode = start.startsWith('[') ? 'array' : 'lines';
        batch.unit = mode === 'array' ? 'record' : 'line';
      }
    }
    if (mode === 'array') {
      splitter.push(chunk, (text) => push(batch, text, 0, text.length, index++));
    } else if (mode === 'lines') {
      // A record is read where it lies in its chunk; only the line a chunk cuts in two is
      // joined (a chunk joined to what came before would make every read of it slower).
      let from = 0;
      if (carry !== '') {
        const end = chunk.indexOf('\n');
        if (end < 0) {
          carry += chunk;
          continue;
        }
        line++;
        const joined = carry + chunk.slice(0, end);
        if (!isBlank(joined, 0, joined.length)) pushLine(joined, 0, joined.length, line);
        from = end + 1;
      }
      for (let end = chunk.indexOf('\n', from); end >= 0; end = chunk.indexOf('\n', from)) {
        line++;
        if (!isBlank(chunk, from, end)) pushLine(chunk, from, end, line);
        from = end + 1;
      }
      carry = chunk.slice(from);
    }
    if (batch.texts.length >= size) {
      yield batch;
      batch = emptyBatch(batch.unit);
    }
  }
  if (mode === 'array') splitter.end();
  if (!isBlank(carry, 0, carry.length)) pushLine(carry, 0, carry.length, line + 1);
  if (batch.texts.length > 0) yield batch;
}

const emptyBatch = (unit: RecordTexts['unit']): RecordTexts => ({ texts: [], starts: [], ends: [], places: [], unit });

function push(batch: RecordTexts, text: string, start: number, end: number, place: number): void {
  batch.texts.push(text);
  batch.starts.push(start);
  batch.ends.push(end);
  batch.places.push(place);
}

/** Whether a line holds only white space (what String#trim removes), and so no record. */
function isBlank(text: string, start: number, end: number): boolean {
  if (start === end) return true;
  if (text.charCodeAt(start) === 123) return false; // a record's {: the usual case, answered at once
  return text.slice(start, end).trim() === '';
}
