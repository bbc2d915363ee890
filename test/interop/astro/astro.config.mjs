import { defineConfig } from 'astro/config';

// Static output: every page rendered at build time, with the elements' numbers in its HTML.
export default defineConfig({});
