// A server component: the numbers are in the HTML (the elements rendered by @lit-labs/ssr),
// and the page hydrates them.
import { Hydrate } from './hydrate';
import { renderKpis } from './render-kpis';

export default function Home() {
  return (
    <main>
      <h1>Pipeline</h1>
      {/* The browser turns each element's <template shadowrootmode> into its shadow root: React need not compare it. */}
      <div id="kpis" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: renderKpis() }} />
      <Hydrate />
    </main>
  );
}
