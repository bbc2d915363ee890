import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchDir } from '../../scripts/scratch.mjs';

// The CLI as shipped (package.json "bin"): the bundle vite.cli.config.ts builds from the same
// modules tsc writes to dist/cli/, which the CLI's own tests run. npm test builds both first.
const root = new URL('../../', import.meta.url);
const { bin } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { bin: Record<string, string> };
const BIN = new URL(bin['inbound-kpi-kit']!, root).pathname;
const MODULES = new URL('dist/cli/main.js', root).pathname;
const at = (path: string) => new URL(path, root).pathname;
const LEADS = at('demo/data/leads.json');

const run = (cli: string, args: string[], cwd?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, maxBuffer: 1 << 26 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the shipped CLI (the bundle)', () => {
  it('answers every command as the modules tsc writes do', () => {
    const commands = [
      ['--version'],
      ['--help'],
      ['compute', '--help'],
      ['schema'],
      ['schema', '--mapping'],
      ['sql', '--by', 'segment'],
      ['sql', '--reasons'],
      ['validate', LEADS],
      ['compute', LEADS, '--as-of', '2026-03-18', '--format', 'table'],
      ['compute', LEADS, '--as-of', '2026-03-18', '--by', 'channel'],
      ['explain', LEADS, '--metric', 'customers', '--as-of', '2026-03-18'],
      ['review', LEADS, '--since', '2026-03-11', '--as-of', '2026-03-18'],
      ['import', at('test/fixtures/crm/hubspot-contacts.csv'), '--preset', 'hubspot-contacts', '--timezone', 'America/New_York'],
      ['aggregate', at('test/fixtures/crm/hubspot-contacts.csv')],
      ['compute', LEADS, '--period', 'nonsense'],
    ];
    for (const args of commands) assert.deepEqual(run(BIN, args), run(MODULES, args), args.join(' '));
  });

  it('needs nothing from node_modules: zod and the core are in its own files', () => {
    // Copied where no node_modules is above it, the dataset commands still run.
    const alone = join(scratchDir('kpi-bin'), 'dist/bin');
    cpSync(join(BIN, '..'), alone, { recursive: true });
    const cli = join(alone, BIN.split('/').at(-1)!);
    const { code, stdout, stderr } = run(cli, ['compute', LEADS, '--as-of', '2026-03-18']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), JSON.parse(run(MODULES, ['compute', LEADS, '--as-of', '2026-03-18']).stdout));
  });
});
