// The core's floor (bench/core.bench.mjs): a hand-written loop doing the same facts as the
// core's aggregation of lead records, over the same prebuilt columns. Every record event
// into its period (a month in the dataset's IANA zone, by a table of month starts, as the
// core finds them) × channel: the stage counts, revenue, the contact and stage-time sums
// and every duration behind a median; then the latest month and the one before, all
// channels together, with medians and p90s by selection. The handoff ledger's facts too
// (sales' answers, failures by reason, recycling), which the generated records leave empty.
// Both visit a sparse stamp's records by the list of those that have it: the core learns it
// on its first scan of a payload's column, the loop makes it with its columns. Not done here: the rows (a few hundred), stalls
// (the dataset declares no stage limits) and the catalogue's formulas over the two months.

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The prebuilt columns, as the core keeps them for a payload (made once, outside the timing). */
export function handColumns(leads, channels) {
  const reasons = [...new Set(leads.flatMap((l) => (l.reason === undefined ? [] : [l.reason])))];
  const stamp = (key) => Float64Array.from(leads, (l) => (l[key] ? Date.parse(l[key]) : NaN));
  const columns = {
    channel: Int32Array.from(leads, (l) => channels.indexOf(l.channel)),
    amount: Float64Array.from(leads, (l) => l.amount ?? 0),
    createdAt: stamp('createdAt'),
    mqlAt: stamp('mqlAt'),
    sqlAt: stamp('sqlAt'),
    opportunityAt: stamp('opportunityAt'),
    wonAt: stamp('wonAt'),
    lostAt: stamp('lostAt'),
    firstContactAt: stamp('firstContactAt'),
    acceptedAt: stamp('acceptedAt'),
    rejectedAt: stamp('rejectedAt'),
    disqualifiedAt: stamp('disqualifiedAt'),
    recycledAt: stamp('recycledAt'),
    // The failure's reason as an index into `reasons`, -1 for none.
    reason: Int32Array.from(leads, (l) => (l.reason === undefined ? -1 : reasons.indexOf(l.reason))),
    reasons,
  };
  // Which records to visit per stamp: where a column at most half full has a value (the core
  // learns the same on its first scan of a payload's column), else every record.
  const every = Int32Array.from(leads, (_, i) => i);
  columns.visit = Object.fromEntries(
    STAMPS.map((key) => {
      const present = [];
      columns[key].forEach((t, i) => t === t && present.push(i));
      return [key, present.length <= leads.length / 2 ? Int32Array.from(present) : every];
    }),
  );
  return columns;
}

const STAMPS = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt', 'lostAt', 'acceptedAt', 'rejectedAt', 'disqualifiedAt', 'recycledAt'];

/** The instant each month from `firstMonth` (year × 12 + month − 1) to `lastMonth` + 1 starts in `timeZone`: local midnight of its first day. */
export function monthStarts(timeZone, firstMonth, lastMonth) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const offsetAt = (t) => {
    const p = Object.fromEntries(format.formatToParts(t).map(({ type, value }) => [type, Number(value)]));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  };
  const starts = new Float64Array(lastMonth - firstMonth + 2);
  for (let k = 0; k < starts.length; k++) {
    const month = firstMonth + k;
    const wall = Date.UTC(Math.floor(month / 12), month % 12, 1);
    // Two rounds settle the offset in force at local midnight.
    let t = wall - offsetAt(wall);
    t = wall - offsetAt(t);
    starts[k] = t;
  }
  return starts;
}

/** Hoare's selection: a[k] as if sorted, smaller before, larger after. */
function select(a, k, lo, hi) {
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Linear-interpolated quantile by selection (the median of an even count: the mean of the middle two). */
function quantile(a, q, from = 0) {
  const position = (a.length - 1) * q;
  const lower = Math.floor(position);
  select(a, lower, from, a.length - 1);
  const low = a[lower];
  if (position === lower) return low;
  let high = Infinity;
  for (let i = lower + 1; i < a.length; i++) if (a[i] < high) high = a[i];
  return low + (high - low) * (position - lower);
}

/** Median and p90 of the samples of some cells, gathered into one array. */
function medianOf(cells, lists) {
  let n = 0;
  for (const c of cells) n += lists[c].length;
  if (n === 0) return { median: null, p90: undefined, n };
  const values = new Float64Array(n);
  let at = 0;
  for (const c of cells) for (const x of lists[c]) values[at++] = x;
  const median = quantile(values, 0.5);
  return { median, p90: quantile(values, 0.9, Math.floor((n - 1) * 0.5)), n };
}

const COUNTS = ['leads', 'mqls', 'sqls', 'opportunities', 'customers', 'lostDeals', 'revenue', 'mqlsContacted', 'mqlsContactedInSla', 'responseHoursTotal', 'salesCycleDaysTotal', 'mqlsDecided', 'mqlsDecidedInSla', 'decisionHoursTotal', 'mqlsAccepted', 'mqlsRejected', 'leadsDisqualified', 'leadsRecycled', 'stageSamples0', 'stageSamples1', 'stageSamples2', 'stageSamples3', 'stageDaysTotal0', 'stageDaysTotal1', 'stageDaysTotal2', 'stageDaysTotal3'];

/**
 * The facts of every month × channel, then the latest month's and the previous one's over
 * all channels. `starts`: month starts (monthStarts); `windowHours`: "contacted in SLA".
 */
export function handFacts(columns, channelCount, starts, windowHours, acceptanceHours) {
  const { channel, amount, createdAt, mqlAt, sqlAt, opportunityAt, wonAt, lostAt, firstContactAt, acceptedAt, rejectedAt, disqualifiedAt, recycledAt, reason, visit } = columns;
  const months = starts.length - 1;
  const cellCount = months * channelCount;
  const sums = Object.fromEntries(COUNTS.map((name) => [name, new Float64Array(cellCount)]));
  const responseHours = Array.from({ length: cellCount }, () => []);
  const cycleDays = Array.from({ length: cellCount }, () => []);
  const decisionHours = Array.from({ length: cellCount }, () => []);
  // Failures by kind (lost, rejected, disqualified) × cell × reason (slot 0: none).
  const reasonSlots = columns.reasons.length + 1;
  const failures = [0, 1, 2].map(() => new Float64Array(cellCount * reasonSlots));
  const stageDays = [0, 1, 2, 3].map(() => Array.from({ length: cellCount }, () => []));
  const stageSamples = [sums.stageSamples0, sums.stageSamples1, sums.stageSamples2, sums.stageSamples3];
  const stageTotals = [sums.stageDaysTotal0, sums.stageDaysTotal1, sums.stageDaysTotal2, sums.stageDaysTotal3];
  const origin = starts[0];
  const rate = months / (starts[months] - origin);
  let first = Infinity;
  let last = -Infinity;
  // The month of instant t: a guess from the mean month, corrected by a step.
  let month = 0;
  const cellOf = (i, t) => {
    let k = Math.min(months - 1, Math.floor((t - origin) * rate));
    while (t < starts[k]) k--;
    while (t >= starts[k + 1]) k++;
    if (k < first) first = k;
    if (k > last) last = k;
    month = k;
    return k * channelCount + channel[i];
  };
  const fail = (kind, cell, i) => failures[kind][cell * reasonSlots + reason[i] + 1]++;
  const stageTime = (cell, stage, from, to) => {
    if (from !== from) return;
    const days = Math.max(0, to - from) / DAY;
    stageSamples[stage][cell]++;
    stageTotals[stage][cell] += days;
    stageDays[stage][cell].push(days);
  };
  for (const i of visit.createdAt) {
    const t = createdAt[i];
    if (t === t) sums.leads[cellOf(i, t)]++;
  }
  for (const i of visit.mqlAt) {
    const t = mqlAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.mqls[cell]++;
    const contact = firstContactAt[i];
    if (contact === contact) {
      const hours = Math.max(0, contact - t) / HOUR;
      sums.mqlsContacted[cell]++;
      sums.responseHoursTotal[cell] += hours;
      if (hours <= windowHours) sums.mqlsContactedInSla[cell]++;
      responseHours[cell].push(hours);
    }
    // Sales' answer, by the end of the MQL's month.
    const accepted = acceptedAt[i];
    const answer = accepted === accepted ? accepted : rejectedAt[i];
    if (answer < starts[month + 1]) {
      const hours = Math.max(0, answer - t) / HOUR;
      sums.mqlsDecided[cell]++;
      sums.decisionHoursTotal[cell] += hours;
      if (hours <= acceptanceHours) sums.mqlsDecidedInSla[cell]++;
      decisionHours[cell].push(hours);
    }
    stageTime(cell, 0, createdAt[i], t);
  }
  for (const i of visit.sqlAt) {
    const t = sqlAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.sqls[cell]++;
    stageTime(cell, 1, mqlAt[i], t);
  }
  for (const i of visit.opportunityAt) {
    const t = opportunityAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.opportunities[cell]++;
    stageTime(cell, 2, sqlAt[i], t);
  }
  for (const i of visit.wonAt) {
    const t = wonAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.customers[cell]++;
    sums.revenue[cell] += amount[i];
    const days = (t - createdAt[i]) / DAY;
    sums.salesCycleDaysTotal[cell] += days;
    cycleDays[cell].push(days);
    stageTime(cell, 3, opportunityAt[i], t);
  }
  for (const i of visit.lostAt) {
    const t = lostAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.lostDeals[cell]++;
    fail(0, cell, i);
  }
  for (const i of visit.acceptedAt) {
    const t = acceptedAt[i];
    if (t === t) sums.mqlsAccepted[cellOf(i, t)]++;
  }
  for (const i of visit.rejectedAt) {
    const t = rejectedAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.mqlsRejected[cell]++;
    fail(1, cell, i);
  }
  for (const i of visit.disqualifiedAt) {
    const t = disqualifiedAt[i];
    if (t !== t) continue;
    const cell = cellOf(i, t);
    sums.leadsDisqualified[cell]++;
    fail(2, cell, i);
  }
  for (const i of visit.recycledAt) {
    const t = recycledAt[i];
    if (t === t) sums.leadsRecycled[cellOf(i, t)]++;
  }

  // The latest month with data and the one before, over all channels.
  const monthFacts = (k) => {
    const cells = Array.from({ length: channelCount }, (_, c) => k * channelCount + c);
    const total = Object.fromEntries(COUNTS.map((name) => [name, cells.reduce((sum, c) => sum + sums[name][c], 0)]));
    return {
      ...total,
      responseHours: medianOf(cells, responseHours),
      cycleDays: medianOf(cells, cycleDays),
      decisionHours: medianOf(cells, decisionHours),
      stageDays: stageDays.map((lists) => medianOf(cells, lists)),
    };
  };
  return { first, last, sums, failures, reasonSlots, samples: { responseHours, cycleDays, decisionHours, stageDays }, latest: monthFacts(last), previous: monthFacts(last - 1) };
}
