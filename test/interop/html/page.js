// Plain HTML: the tags are in the page, the dataset is fetched once and given to each as an object.
const data = await (await fetch('./data.json')).json();
const selected = [];
for (const id of ['card', 'funnel', 'dashboard', 'chart']) document.getElementById(id).data = data;
for (const id of ['card', 'dashboard']) {
  document.getElementById(id).addEventListener('kpi-select', (event) => {
    selected.push(`${id}:${event.detail.metric}`);
    document.getElementById('selected').textContent = selected.join(',');
  });
}
