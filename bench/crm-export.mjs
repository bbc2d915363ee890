// A synthetic HubSpot contacts export (the columns of presets/hubspot-contacts.json) of N rows,
// deterministic, on standard output: what `inbound-kpi-kit import` is measured on.
//   node bench/crm-export.mjs 1000000 > bench/.out/contacts-1m.csv

const rows = Number(process.argv[2] ?? 1_000_000);
const SOURCES = ['Organic search', 'Paid search', 'Paid social', 'Email marketing', 'Referrals', 'Direct traffic'];
const STATUSES = ['New', 'Open', 'In progress', 'Unqualified', 'Bad timing', 'Connected'];
const OWNERS = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Alves'];
const MINUTE = 60_000;
const FROM = Date.UTC(2024, 0, 1);

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
// Wall-clock times as the export writes them (the account's zone, no offset).
const local = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

const out = [];
const flush = () => {
  process.stdout.write(out.join(''));
  out.length = 0;
};
out.push('Record ID,First Name,Last Name,Email,Create Date,Original Source,Lifecycle Stage,Lead Status,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,Became a Customer Date,Last Modified Date,Contact owner\n');
for (let i = 0; i < rows; i++) {
  const created = FROM + Math.floor(random() * 730 * 24 * 60) * MINUTE;
  let at = created;
  const next = () => (at += Math.floor(random() * 14 * 24 * 60) * MINUTE);
  const mql = random() < 0.4 ? next() : undefined;
  const sql = mql && random() < 0.5 ? next() : undefined;
  const opp = sql && random() < 0.5 ? next() : undefined;
  const won = opp && random() < 0.3 ? next() : undefined;
  const modified = next();
  const stamp = (t) => (t === undefined ? '' : local(t));
  out.push(`${100000 + i},Name${i},Sample,contact${i}@example.com,${local(created)},${SOURCES[i % 6]},lead,${STATUSES[Math.floor(random() * 6)]},${stamp(mql)},${stamp(sql)},${stamp(opp)},${stamp(won)},${local(modified)},${OWNERS[i % 4]}\n`);
  if (out.length >= 10_000) flush();
}
flush();
