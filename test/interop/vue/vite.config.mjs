import vue from '@vitejs/plugin-vue';

// Vue must leave the kit's tags to the browser rather than resolve them as Vue components.
const isCustomElement = (tag) => tag.startsWith('kpi-') || tag === 'sla-gauge' || tag === 'economics-card';

export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  build: { rollupOptions: { input: { before: 'before.html', late: 'late.html' } } },
};
