import type { Plugin } from 'vite';
export function inlineRuntimeImport(code: string, runtimeFile: string, runtimeCode: string): string;
export function inlineRuntime(): Plugin;
