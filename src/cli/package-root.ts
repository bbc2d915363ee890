// The package's folder (where package.json, schema/, sql/ and presets/ are), for the files the
// CLI reads as shipped. Two levels up from this module both as tsc writes it (dist/cli/) and
// as the bundled command is built (dist/bin/, vite.cli.config.ts): the files that read from
// it may sit at any depth.
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
