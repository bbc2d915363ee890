import { svelte } from '@sveltejs/vite-plugin-svelte';

export default {
  plugins: [svelte()],
  build: { rollupOptions: { input: { before: 'before.html', late: 'late.html' } } },
};
