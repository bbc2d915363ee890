import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

// A fresh machine without Chromium: `npm test` runs the Node tests, then says in one line
// what the browser tests need, instead of a launch stack trace per test file.
it('says in one line that Chromium is missing and how to get it, and fails', () => {
  const script = new URL('../../scripts/check-chromium.mjs', import.meta.url).pathname;
  const missing = spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /No Chromium at \/nonexistent\/chromium.*apt-get install -y chromium.*CHROME_PATH/);
  const present = spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: process.execPath }, encoding: 'utf8' });
  assert.equal(present.status, 0, present.stderr);
});
