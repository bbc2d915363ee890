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

/**
 * The records of a text stream, `size` at a time: a JSON array if its first character is
 * `[`, otherwise NDJSON. Each record is parsed on its own: a syntax error names its place.
 */
export async function* recordBatches(chunks: AsyncIterable<string>, size: number): AsyncGenerator<unknown[]> {
  let batch: unknown[] = [];
  let mode: 'array' | 'lines' | undefined;
  const splitter = new JsonArraySplitter();
  let carry = '';
  let line = 0;
  let index = 0;
  const take = (text: string, where: () => string) => {
    try {
      batch.push(JSON.parse(text));
    } catch (error) {
      throw new SyntaxError(`${where()} is not JSON: ${(error as Error).message}`);
    }
  };
  for await (const chunk of chunks) {
    if (mode === undefined) {
      const start = chunk.trimStart();
      if (start !== '') mode = start.startsWith('[') ? 'array' : 'lines';
    }
    if (mode === 'array') {
      splitter.push(chunk, (text) => {
        take(text, () => `record ${index}`);
        index++;
      });
    } else if (mode === 'lines') {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop()!;
      for (const text of lines) {
        line++;
        if (text.trim() !== '') take(text, () => `line ${line}`);
      }
    }
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (mode === 'array') splitter.end();
  if (carry.trim() !== '') {
    line++;
    take(carry, () => `line ${line}`);
  }
  if (batch.length > 0) yield batch;
}
