// Typings and editor data for every framework and editor, generated from the manifest
// (custom-elements.json), so they never drift from the elements:
//   dist/jsx.d.ts                      React 19 / TSX: IntrinsicElements, typed props and on<event> handlers
//   dist/vue.d.ts                      Vue 3: GlobalComponents
//   dist/vscode.html-custom-data.json  VS Code: tags, attributes and their docs in HTML files
//   dist/web-types.json                JetBrains IDEs: the same
// Run by `npm run build`, after the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Every element of the manifest: tag, class, docs, attributes (with their properties) and events. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    tag: d.tagName,
    className: d.name,
    description: (d.summary ?? d.description ?? '').replace(/\s+/g, ' ').trim(),
    attributes: (d.attributes ?? []).filter((a) => a.fieldName).map((a) => ({ name: a.name, field: a.fieldName, description: (a.description ?? '').replace(/\s+/g, ' ').trim() })),
    events: (d.events ?? []).map((e) => ({ name: e.name, type: e.type?.text })).filter((e) => ['KpiLoadEvent', 'KpiErrorEvent', 'KpiSelectEvent'].includes(e.type)),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const classes = [...new Set(elements.map((e) => e.className))].sort();
const props = (e) => e.attributes.map((a) => `'${a.field}'`).join(' | ');
const handlers = (e) => e.events.map(({ name, type }) => `'on${name}'?: (event: ${type}) => void;`).join(' ');
/** Vue hands `@kpi-select` to a component as its `onKpiSelect` prop. */
const vueHandlers = (e) => e.events.map(({ name, type }) => `on${name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase())}?: (event: ${type}) => void;`).join(' ');
const header = `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\nimport type { ${[...classes, 'KpiErrorEvent', 'KpiLoadEvent', 'KpiSelectEvent'].join(', ')} } from './index.js';\n`;

const jsx = `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** An element's props in JSX: its properties (React 19 sets them as properties), HTML attributes, and its events as on<event-name>. */
type ElementProps<E extends HTMLElement, P extends keyof E, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, P>> & Events;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      /** ${e.description} */\n      '${e.tag}': ElementProps<${e.className}, ${props(e)}, { ${handlers(e)} }>;`).join('\n')}
    }
  }
}
`;

const vue = `${header}import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    /** ${e.description} */\n    '${e.tag}': DefineComponent<Partial<Pick<${e.className}, ${props(e)}>> & { ${vueHandlers(e)} }>;`).join('\n')}
  }
}
`;

const vscode = {
  version: 1.1,
  tags: elements.map((e) => ({ name: e.tag, description: e.description, attributes: e.attributes.map((a) => ({ name: a.name, description: a.description })) })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: 'inbound-kpi-kit',
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((e) => ({
        name: e.tag,
        description: e.description,
        attributes: e.attributes.map((a) => ({ name: a.name, description: a.description, value: { type: 'string' } })),
        events: e.events.map((name) => ({ name })),
      })),
    },
  },
};

mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/jsx.d.ts', root), jsx);
writeFileSync(new URL('dist/vue.d.ts', root), vue);
writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(new URL('dist/web-types.json', root), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`framework types and editor data for ${elements.length} elements`);
