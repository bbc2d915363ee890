import { createRoot } from 'react-dom/client';
import * as kit from 'inbound-kpi-kit/react';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App kit={kit} />);
