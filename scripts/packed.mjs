// The package as npm users get it: `npm pack` (of the built dist/), installed into a fresh
// scratch project beside whatever else a script needs there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** The version of a package this project has installed, so scratch projects use the same. */
export const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * A new folder under the system's temporary one, removed when the process ends, however it
 * ends: a framework app's install is most of a gigabyte, and a CI machine runs many.
 */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}
const scratchDirs = [];
/** Removes a scratch folder now, for a script that has finished with one of several. */
export const removeScratch = (dir) => rmSync(dir, { recursive: true, force: true });
process.on('exit', () => scratchDirs.forEach(removeScratch));
// A signal ends the process without 'exit': turn it into an exit, with the shell's code.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => process.exit(code));

/** Packs the package and installs it with `packages` in a new scratch project; returns where, and how to run there. */
export function installPacked(name, packages = []) {
  const scratch = scratchDir(name);
  const sh = (command, args, cwd = scratch) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const tarball = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop();
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', `./${tarball}`, ...packages]);
  return { scratch, sh, tarball };
}
