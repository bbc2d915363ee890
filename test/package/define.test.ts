// The duplicate-definition warning (src/define/define.ts): silent when the same version of
// the kit meets itself again (a server framework loads the module once per layer, in one
// process: another class object, the same code), said when the first definition is another
// version's or not the kit's. In Node, on Lit's DOM shim.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import '../../src/define/kpi-card.js';
import { define, KIT_VERSION } from '../../src/define/define.js';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { ReactiveElement } from 'lit';

const warnings: string[] = [];
beforeEach(() => {
  warnings.length = 0;
  mock.method(console, 'warn', (message: string) => warnings.push(message));
});
afterEach(() => mock.restoreAll());

describe('define', () => {
  it("stamps package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(KIT_VERSION, pkg.version);
    assert.equal((customElements.get('kpi-card') as { kit?: string }).kit, KIT_VERSION);
  });

  it('is silent when the same version registers a tag again, from another copy of its module', () => {
    const first = customElements.get('kpi-card');
    define('kpi-card', class extends KpiCard {});
    define('kpi-card', KpiCard);
    assert.deepEqual(warnings, []);
    assert.equal(customElements.get('kpi-card'), first);
  });

  it('warns when the tag is taken by another version of the kit, or by something else', () => {
    customElements.define('kpi-older', class extends ReactiveElement {
      static kit = '0.0.1';
    });
    customElements.define('kpi-foreign', class extends ReactiveElement {});
    define('kpi-older', class extends KpiCard {});
    define('kpi-foreign', class extends KpiCard {});
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /<kpi-older> is already defined by another copy of the kit; the first stays/);
    assert.match(warnings[1]!, /<kpi-foreign> is already defined/);
  });
});
