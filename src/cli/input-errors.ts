import { UsageError } from './usage.js';

// A file that cannot be read, or text that is not JSON, said in words a person acts on:
// "no such file", not ENOENT; the line and column of a JSON error, not a character offset.

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is not a folder',
  EMFILE: 'too many files open at once',
};

/** Why a file could not be read: the system's reason in words, its code beside it. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return (error as Error).message;
  return ERRNO_WORDS[code] ? `${ERRNO_WORDS[code]} (${code})` : code;
}

/** The error for a file that could not be read (`then`: what that means for the output, if anything). */
export function cannotRead(source: string, error: unknown, then = ''): UsageError {
  return new UsageError(`cannot read ${source}: ${readFailure(error)}${then}`);
}

/** JSON.parse's message with where it stopped as a line and a column (the engine gives a character offset). */
export function jsonFailure(text: string, error: unknown): string {
  const message = (error as Error).message;
  const at = /\bposition (\d+)/.exec(message);
  if (!at || /\bline \d+/.test(message)) return message;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${offset - before.lastIndexOf('\n')})`;
}
