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

/** Removes a scratch folder now, for a script that has finished with one of several. */
export const removeScratch = (dir) => rmSync(dir, { recursive: true, force: true });

process.on('exit', () => scratchDirs.forEach(removeScratch));
// A signal ends the process without 'exit': turn it into an exit, with the shell's code.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => process.exit(code));
