import type { ReactNode } from 'react';
import './kpis.css';

export const metadata = { title: 'KPIs' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
