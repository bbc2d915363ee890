// The manifest (custom-elements.json) against the source it describes: Storybook, editors
// and the framework typings read it, so what it omits users never learn, and what it
// invents they try in vain. Run after `npm run manifest` (the build runs it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Named { name: string; inheritedFrom?: unknown; type?: { text: string }; privacy?: string }
interface Declaration { name: string; tagName?: string; superclass?: { name: string }; attributes?: Named[]; members?: Named[]; events?: Named[]; cssParts?: Named[]; cssProperties?: Named[] }

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
const tags = declarations.filter((d) => d.tagName);
const names = (list: Named[] | undefined) => new Set((list ?? []).map((x) => x.name));

/** Source files of the elements, by folder: a tag's own, or `shared` for the floors every tag is built on (contract/, views/, base/, charts/…). */
const folderOf = (top: string) => (tags.some((t) => t.tagName === top) ? top : 'shared');
const sources = readdirSync(join(root, 'src/elements'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, folder: folderOf(f.split('/')[0]!), text: readFileSync(join(root, 'src/elements', f), 'utf8') }));
const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** The tags a source file draws for: its own tag, every chart for the chart base, every tag for the rest of the floors. */
function tagsOf(file: string, folder: string): Declaration[] {
  if (folder !== 'shared') return tags.filter((t) => t.tagName === folder);
  if (file.includes('kpi-chart-element')) return tags.filter((t) => t.superclass?.name === 'KpiChartElement');
  if (file.endsWith('sparkline.ts')) return tags.filter((t) => t.tagName === 'kpi-card');
  return tags;
}

describe('custom-elements.json', () => {
  it('describes every element', () => {
    assert.deepEqual(tags.map((t) => t.tagName).sort(), ['economics-card', 'kpi-benchmark', 'kpi-breakdown', 'kpi-bridge', 'kpi-card', 'kpi-chart', 'kpi-dashboard', 'kpi-funnel', 'kpi-reasons', 'kpi-review', 'kpi-scorecard', 'kpi-trend', 'sla-gauge']);
  });

  it('documents every part a template uses, on the tags that draw it, and no part that none uses', () => {
    const used = new Set<string>();
    for (const { file, folder, text } of sources) {
      for (const part of all(/\bpart="([\w-]+)"/g, text)) {
        used.add(part);
        for (const tag of tagsOf(file, folder)) assert.ok(names(tag.cssParts).has(part), `<${tag.tagName}> draws part "${part}" (${file}) but its manifest entry does not list it`);
      }
    }
    for (const tag of tags) for (const part of names(tag.cssParts)) assert.ok(used.has(part), `<${tag.tagName}> documents part "${part}", which no template uses`);
  });

  it('documents every --kpi-* token a stylesheet reads, on the tags it styles, and no token that nothing reads', () => {
    const read = (tag: Declaration) => new Set(sources.filter(({ file, folder }) => folder !== 'shared' ? tagsOf(file, folder).includes(tag) : true).flatMap(({ text }) => all(/var\((--kpi-[\w-]+)/g, text)));
    assert.ok(read(tags[0]!).size >= 10, 'the token scan found the stylesheets');
    for (const tag of tags) {
      const used = read(tag);
      const documented = names(tag.cssProperties);
      for (const token of used) assert.ok(documented.has(token), `<${tag.tagName}> does not document ${token}`);
      for (const token of documented) assert.ok(used.has(token), `<${tag.tagName}> documents ${token}, which no stylesheet of it reads`);
    }
  });

  it('documents the events each element fires, with their types, and no event it never fires', () => {
    for (const tag of tags) {
      const fired = new Set(sources.filter(({ file, folder }) => tagsOf(file, folder).includes(tag)).flatMap(({ text }) => all(/emit\(this, '([\w-]+)'/g, text)));
      fired.add('kpi-load'); // emitted by the data source for every element
      if (tag.tagName === 'kpi-dashboard') fired.add('kpi-select'); // its widgets' selections reach the page as its own
      const events = tag.events ?? [];
      assert.deepEqual(names(events), fired, `<${tag.tagName}> events`);
      for (const event of events) assert.match(event.type?.text ?? '', /^Kpi\w+Event$/, `<${tag.tagName}> ${event.name} has no detail type`);
    }
  });

  it('gives every element the base attributes once, from the base, with the base wording', () => {
    const base = declarations.find((d) => d.name === 'KpiElement')!;
    const baseAttributes = names(base.attributes);
    for (const name of ['data', 'src', 'period', 'channel', 'mode', 'compare', 'refresh', 'theme', 'timeout', 'retries', 'retry-delay', 'max-bytes']) assert.ok(baseAttributes.has(name), `the base documents ${name}`);
    for (const tag of tags) {
      for (const attribute of tag.attributes ?? []) {
        if (baseAttributes.has(attribute.name)) assert.ok(attribute.inheritedFrom, `<${tag.tagName}> redocuments the base attribute ${attribute.name}`);
      }
      assert.equal(tag.attributes!.filter((a) => a.name === 'data').length, 1);
    }
  });

  it('lists no private member', () => {
    for (const d of declarations) {
      const hidden = (d.members ?? []).filter((m) => m.privacy === 'private' || m.name.startsWith('#'));
      assert.deepEqual(hidden.map((m) => m.name), [], `${d.name} lists private members`);
    }
  });
});
