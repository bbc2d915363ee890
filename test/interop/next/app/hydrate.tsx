'use client';
// The page's side: Lit's hydrate support, then the kit's, then the tags.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'inbound-kpi-kit/hydrate';
import 'inbound-kpi-kit/define/kpi-card';
import 'inbound-kpi-kit/define/kpi-funnel';

export function Hydrate() {
  return null;
}
