// The data first, the elements afterwards (as an async third-party script would register
// them): properties set on the tags before their upgrade must be kept.
await import('./page.js');
await import('./cdn/inbound-kpi-kit.js');
