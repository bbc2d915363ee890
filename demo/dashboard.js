// Language and theme for the dashboard page; everything else is inside the dashboard.
import { langFromQuery, translatePage } from '/demo/page-words.js';

const form = document.getElementById('page-controls');
const dashboard = document.querySelector('kpi-dashboard');
function apply() {
  translatePage(form.lang.value);
  document.documentElement.classList.toggle('dark', form.theme.value === 'dark');
  dashboard.theme = form.theme.value;
}
const params = new URLSearchParams(location.search);
if (langFromQuery()) form.lang.value = langFromQuery();
if (params.get('theme')) form.theme.value = params.get('theme');
else if (matchMedia('(prefers-color-scheme: dark)').matches) form.theme.value = 'dark';
// A view to open on (a link to "enterprise, by sales rep"): the dashboard's own attributes.
for (const name of ['where', 'compare-by', 'channel', 'period']) if (params.get(name)) dashboard.setAttribute(name, params.get(name));
form.addEventListener('change', apply);
apply();
