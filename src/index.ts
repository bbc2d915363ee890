// The package root: the core's API, with no side effects. Elements register through
// `inbound-kpi-kit/define/<tag>` (or `define/all`).
export * from './core/index.js';
