// The demo's switches: language, theme, period, channel and counting mode, applied to
// every element on the page. The elements are the kit's CDN build, loaded as is.
import { availablePeriods, channelsOf } from '/dist/cdn/inbound-kpi-kit.js';
import { langFromQuery, translatePage } from '/demo/page-words.js';

const form = document.getElementById('controls');
// A link may ask for a language (?lang=pt-BR); the page's words follow it from the first paint.
if (langFromQuery()) form.lang.value = langFromQuery();
translatePage(form.lang.value);
const elements = () => document.querySelectorAll('kpi-card, kpi-funnel, sla-gauge, economics-card, kpi-trend, kpi-breakdown, kpi-benchmark, kpi-reasons, kpi-bridge');

function apply() {
  const values = Object.fromEntries(new FormData(form));
  translatePage(values.lang);
  document.documentElement.classList.toggle('dark', values.theme === 'dark');
  for (const element of elements()) {
    element.theme = values.theme;
    // The inline win-rate card has its own two months and channels: only the theme applies.
    if (element.matches('kpi-card[metric="win_rate"]')) continue;
    // Properties, not attributes: a property once set outlives removing the attribute ("All channels").
    if (values.period) element.period = values.period;
    element.channel = values.channel || undefined;
    // The card fed summary rows has no leads to count in cohorts.
    element.mode = element.id === 'inline-rows' ? 'period' : values.mode;
  }
}

const option = (value, label = value) => Object.assign(document.createElement('option'), { value, textContent: label });

// The period and channel pickers come from the dataset the elements loaded (no second request).
const funnel = document.querySelector('kpi-funnel');
const loaded = funnel.currentDataset ? Promise.resolve() : new Promise((resolve) => funnel.addEventListener('kpi-load', resolve, { once: true }));

// The rows file, given to one card as a property: "fed inline".
fetch('/api/rows.json')
  .then((response) => response.json())
  .then((rows) => (document.getElementById('inline-rows').data = rows));

await loaded;
const periods = availablePeriods(funnel.currentDataset).reverse();
form.period.append(...periods.map((p) => option(p)), option('2026-Q1'), option('2025'));
form.channel.append(...channelsOf(funnel.currentDataset).map((c) => option(c)));
form.addEventListener('change', apply);
if (matchMedia('(prefers-color-scheme: dark)').matches) form.theme.value = 'dark';
apply();
