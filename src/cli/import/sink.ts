import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CliIo } from '../usage.js';

/** Output is written in pieces of about this many characters. */
export const PIECE = 1 << 16;

/** Where the dataset goes: standard output or a file, written with back-pressure so that a slow reader never makes it pile up in memory. */
export class Sink {
  #pending = '';
  readonly #stream: NodeJS.WritableStream | undefined;
  readonly #ownStream: boolean;
  readonly #io: CliIo;

  constructor(io: CliIo, out: string | undefined) {
    this.#io = io;
    this.#ownStream = out !== undefined;
    this.#stream = out === undefined ? io.output : createWriteStream(out, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= PIECE) await this.#flush();
  }

  async #flush(): Promise<void> {
    const text = this.#pending;
    this.#pending = '';
    if (!this.#stream) this.#io.stdout(text);
    else if (!this.#stream.write(text)) await once(this.#stream as WriteStream, 'drain');
  }

  async close(): Promise<void> {
    await this.#flush();
    if (this.#stream && this.#ownStream) {
      this.#stream.end();
      await once(this.#stream as WriteStream, 'finish');
    }
  }
}
