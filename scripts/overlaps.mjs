// Overlapping text on the demo dashboard, in Debian's Chromium: at 1400, 1024, 768 and 400 px,
// en and pt-BR, once every chart has drawn, every visible piece of text (through every
// shadow root: HTML text line by line, SVG <text>) is measured, and any two boxes of different
// text that cross by more than 1 px both ways are reported, as is text cut sideways by the
// box that clips it (and does not scroll). Text covered at the crossing by an opaque box
// painted above it (a sticky table row) does not show and does not count; text over chart
// marks is not text on text and is not looked at.
//   node scripts/overlaps.mjs [--all]   (after npm run build; exits 1 on any overlap or cut)
// --all: every offender, not the first few.
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';
import { covered } from './covered.mjs';
import { textBoxes } from './text-boxes.mjs';

const WIDTHS = [1400, 1024, 768, 400];
const LANGS = ['en', 'pt-BR'];
const SLACK = 1; // px: anti-aliased glyph boxes of neighbours touch by a fraction of a pixel
const SHOWN = process.argv.includes('--all') ? Infinity : 5;

/** Pairs of boxes from different text that cross by more than SLACK in both axes (sorted sweep along y). */
function overlaps(boxes) {
  const sorted = [...boxes].sort((a, b) => a.box.y - b.box.y);
  const pairs = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].box.y < a.box.y + a.box.h - SLACK; j++) {
      const b = sorted[j];
      if (a.id === b.id) continue;
      const dx = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const dy = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      if (dx > SLACK && dy > SLACK) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** The middle of where two boxes cross, in page coordinates. */
function crossing([a, b]) {
  const x = (Math.max(a.box.x, b.box.x) + Math.min(a.box.x + a.box.w, b.box.x + b.box.w)) / 2;
  const y = (Math.max(a.box.y, b.box.y) + Math.min(a.box.y + a.box.h, b.box.y + b.box.h)) / 2;
  return { ids: [a.id, b.id], x, y };
}

const round = ({ x, y, w, h }) => `[${[x, y, w, h].map((n) => Math.round(n)).join(', ')}]`;
const describe = (t) => `"${t.text}" (${t.where}) ${round(t.box)}`;

/** The demo dashboard at a width and language, once every chart inside it has drawn and the fonts are in. */
async function openDashboard(browser, port, width, lang) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${port}/demo/dashboard.html?lang=${lang}&theme=light`);
  await page.waitForFunction(() => {
    const charts = [...(document.querySelector('kpi-dashboard')?.shadowRoot?.querySelectorAll('kpi-trend, kpi-breakdown, kpi-benchmark') ?? [])];
    return charts.length > 0 && charts.every((c) => c.shadowRoot?.querySelector('.chart svg'));
  }, undefined, { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  return page;
}

const server = await startDemoServer(0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
let failures = 0;
try {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      const page = await openDashboard(browser, port, width, lang);
      const boxes = await page.evaluate(textBoxes);
      const crossings = overlaps(boxes);
      const hidden = await page.evaluate(covered, crossings.map(crossing));
      await page.close();
      const pairs = crossings.filter((_, i) => !hidden[i]);
      const cut = boxes.filter((t) => t.cut);
      failures += pairs.length + cut.length;
      console.log(`${width} px ${lang}: ${boxes.length} text boxes, ${pairs.length} overlapping pairs (${crossings.length - pairs.length} more covered), ${cut.length} cut sideways`);
      for (const [a, b] of pairs.slice(0, SHOWN)) console.log(`  overlap: ${describe(a)}\n       and ${describe(b)}`);
      for (const t of cut.slice(0, SHOWN)) console.log(`  cut: ${describe(t)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failures > 0 ? 1 : 0;
