export default { build: { target: 'es2022', rollupOptions: { input: { before: 'before.html', late: 'late.html' } } } };
