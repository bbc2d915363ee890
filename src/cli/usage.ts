// What every command shares: its exit codes and the error that means "the command line or
// the input is wrong" (exit 2, the message printed as it is).

export const EXIT_OK = 0;
/** The dataset is invalid (schema issues printed), or rows of an import were skipped. */
export const EXIT_INVALID = 1;
/** The input could not be read or is not JSON, or the command line is wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** Where the CLI reads and writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** A file (or - for standard input) as text, a chunk at a time. */
  readChunks(source: string): AsyncIterable<string>;
  /** Standard output as a stream, for a writer that must wait for it to drain (a pipe buffers what a slow reader has not taken yet). */
  output?: NodeJS.WritableStream;
}
