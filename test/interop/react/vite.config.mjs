// Two pages: the elements registered before the first render, and after it.
export default { build: { rollupOptions: { input: { before: 'before.html', late: 'late.html' } } } };
