// The package as npm users get it: `npm pack` (of the built dist/), installed into a fresh
// scratch project beside whatever else a script needs there.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch.mjs';

export const root = new URL('..', import.meta.url).pathname;

/** The version of a package this project has installed, so scratch projects use the same. */
export const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Packs the package and installs it with `packages` in a new scratch project; returns where, and how to run there. */
export function installPacked(name, packages = []) {
  const scratch = scratchDir(name);
  const sh = (command, args, cwd = scratch) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const tarball = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop();
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', `./${tarball}`, ...packages]);
  return { scratch, sh, tarball };
}
