// Scratch folders for scripts and tests: under the system's temporary folder, removed when the
// process ends, however it ends (a framework app's install is most of a gigabyte, and a CI
// machine runs many).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratchDirs = [];

/** A new folder, removed when the process ends. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

/**
 * Removes a scratch folder now, for a script that has finished with one of several. A server
 * that was just stopped may still be writing there (next dev's cache): retried, and if it still
 * fails, said and left for the removal at exit, never failing the check that used it.
 */
export function removeScratch(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`scratch folder ${dir} not removed yet: ${error.message}`);
  }
}

process.on('exit', () => scratchDirs.forEach(removeScratch));
// A signal ends the process without 'exit': turn it into an exit, with the shell's code.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => process.exit(code));
