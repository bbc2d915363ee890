import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type * as Kit from 'inbound-kpi-kit/react';
import { App } from './App';

/** A code split: the app paints first, then imports the wrappers (which register the tags). */
function Late() {
  const [kit, setKit] = useState<typeof Kit>();
  useEffect(() => {
    void import('inbound-kpi-kit/react').then(setKit);
  }, []);
  return kit ? <App kit={kit} /> : <p id="waiting">Loading the dashboard…</p>;
}
createRoot(document.getElementById('root')!).render(<Late />);
