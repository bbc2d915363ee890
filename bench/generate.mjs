// Deterministic synthetic lead records for the benchmarks: ISO 8601 strings with offset,
// as a real export would carry them, spread over two years and six channels.

const CHANNELS = ['organic-search', 'paid-search', 'paid-social', 'email', 'referral', 'events'];
const FROM = Date.UTC(2024, 0, 1);
const SPAN = 730 * 86_400_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (t) => new Date(t - 3 * HOUR).toISOString().replace('Z', '-03:00');

const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise'];
const CAMPAIGNS = Array.from({ length: 24 }, (_, i) => `Campaign ${String(i + 1).padStart(2, '0')}`);
const OWNERS = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Alves', 'Elisa Rocha'];

/** Three dimensions of a record (segment, campaign, and a sales rep once an MQL), as a CRM export carries them. */
export const DIMENSIONS = [{ id: 'segment' }, { id: 'campaign' }, { id: 'owner' }];

const REASONS = ['not-icp', 'no-budget', 'never-reached', 'price'];

/** `count` lead records, each with the stages it reached (and, with `dims`, its segment, campaign and rep; with `ledger`, sales' answers and failures' reasons). */
export function generateLeads(count, seed = 42, { dims = false, ledger = false } = {}) {
  const random = rng(seed);
  const leads = new Array(count);
  for (let i = 0; i < count; i++) {
    let t = FROM + Math.floor(random() * SPAN);
    const lead = { id: i, channel: CHANNELS[i % CHANNELS.length], createdAt: iso(t) };
    if (random() < 0.35) {
      t += random() * 5 * DAY;
      lead.mqlAt = iso(t);
      if (random() < 0.9) lead.firstContactAt = iso(t + random() * 30 * HOUR);
      if (random() < 0.5) {
        t += random() * 10 * DAY;
        lead.sqlAt = iso(t);
        if (random() < 0.6) {
          t += random() * 10 * DAY;
          lead.opportunityAt = iso(t);
          t += random() * 40 * DAY;
          if (random() < 0.3) {
            lead.wonAt = iso(t);
            lead.amount = Math.round(5000 + random() * 20000);
          } else lead.lostAt = iso(t);
        }
      }
    }
    if (ledger && lead.mqlAt) {
      const answered = Date.parse(lead.mqlAt) + (i % 7) * HOUR;
      if (lead.sqlAt || i % 5 !== 0) lead.acceptedAt = iso(answered + 3 * HOUR);
      else lead.rejectedAt = iso(answered + 3 * HOUR);
      if (lead.rejectedAt || lead.lostAt) lead.reason = REASONS[i % REASONS.length];
      else if (!lead.sqlAt && i % 3 === 0) {
        lead.disqualifiedAt = iso(answered + 5 * DAY);
        lead.reason = REASONS[i % REASONS.length];
      }
      if (lead.rejectedAt && i % 2 === 0) lead.recycledAt = iso(answered + 20 * DAY);
    }
    if (dims) lead.dims = { segment: SEGMENTS[i % 3], campaign: CAMPAIGNS[(i * 7) % CAMPAIGNS.length], ...(lead.mqlAt && { owner: OWNERS[i % OWNERS.length] }) };
    leads[i] = lead;
  }
  return leads;
}

/** The monthly rows (visitors, spend) that go with the records. */
export function generateRows() {
  const rows = [];
  for (let m = 0; m < 24; m++) {
    const period = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const channel of CHANNELS) rows.push({ period, channel, visitors: 50_000, marketingSpend: 20_000 });
    rows.push({ period, salesSpend: 80_000, mrr: 400_000, activeCustomersStart: 500, churnedCustomers: 10 });
  }
  return rows;
}
