import type { Plugin } from 'vite';
export function pureConstructors(code: string): string;
export function vegaSubset(options: { from: (importer: string) => boolean }): Plugin;
