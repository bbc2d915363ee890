-- inbound-kpi-kit: the data contract's summary rows (month x channel) from a table of lead
-- records, computed in your own database. Runs unchanged on PostgreSQL and DuckDB.
--
-- Parameters: $1 the dataset's IANA time zone (e.g. 'America/Sao_Paulo'),
--             $2 the response SLA's window in hours (e.g. 4).
-- Input: a table `leads` with the record fields of the contract:
--   id, channel (NULL: unattributed), created_at, mql_at, sql_at, opportunity_at, won_at,
--   lost_at, first_contact_at (TIMESTAMP WITH TIME ZONE, NULL when absent), amount (NULL: none).
-- Output: one row per month x channel from the first month with an event to the last,
--   zeros included, in the contract's facts (snake_case here; camelCase in the JSON).
--
-- The rules are the kit's own (README, "The data contract"), so these rows give the same
-- numbers as the records (npm test runs this file on both engines against the kit):
--   * each stage counts in the month of its own timestamp, read in the time zone;
--   * durations are elapsed time (a DST night is 23 or 25 hours), timestamps cut to ms;
--   * a contact belongs to its MQL's month; one before the MQL counts as 0 hours;
--     "within N hours" includes N;
--   * won revenue and the sales cycle (won - created, in days) belong to the won month.
WITH params AS (
  SELECT CAST($1 AS VARCHAR) AS tz, CAST($2 AS DOUBLE PRECISION) AS sla_hours
),
-- Every event: its month index (year * 12 + month - 1) in the zone, and what it adds.
events AS (
  SELECT l.channel, e.at, e.kind, e.hours, e.days, e.amount
  FROM leads AS l
  CROSS JOIN LATERAL (
    SELECT date_trunc('milliseconds', l.created_at) AS at, 'lead' AS kind, CAST(NULL AS DOUBLE PRECISION) AS hours, CAST(NULL AS DOUBLE PRECISION) AS days, CAST(NULL AS DOUBLE PRECISION) AS amount
    UNION ALL
    SELECT date_trunc('milliseconds', l.mql_at), 'mql',
           CASE WHEN l.first_contact_at IS NULL THEN NULL
                ELSE greatest(0, extract(epoch FROM date_trunc('milliseconds', l.first_contact_at)) - extract(epoch FROM date_trunc('milliseconds', l.mql_at))) / 3600 END,
           NULL, NULL
    WHERE l.mql_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.sql_at), 'sql', NULL, NULL, NULL WHERE l.sql_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.opportunity_at), 'opportunity', NULL, NULL, NULL WHERE l.opportunity_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.won_at), 'won', NULL,
           (extract(epoch FROM date_trunc('milliseconds', l.won_at)) - extract(epoch FROM date_trunc('milliseconds', l.created_at))) / 86400,
           coalesce(l.amount, 0)
    WHERE l.won_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.lost_at), 'lost', NULL, NULL, NULL WHERE l.lost_at IS NOT NULL
  ) AS e
),
placed AS (
  SELECT e.*,
         CAST(extract(year FROM e.at AT TIME ZONE p.tz) AS INTEGER) * 12 + CAST(extract(month FROM e.at AT TIME ZONE p.tz) AS INTEGER) - 1 AS month_index,
         p.sla_hours
  FROM events AS e CROSS JOIN params AS p
),
facts AS (
  SELECT channel, month_index,
         count(*) FILTER (WHERE kind = 'lead') AS leads,
         count(*) FILTER (WHERE kind = 'mql') AS mqls,
         count(*) FILTER (WHERE kind = 'sql') AS sqls,
         count(*) FILTER (WHERE kind = 'opportunity') AS opportunities,
         count(*) FILTER (WHERE kind = 'won') AS customers,
         count(*) FILTER (WHERE kind = 'lost') AS lost_deals,
         coalesce(sum(amount) FILTER (WHERE kind = 'won'), 0) AS revenue,
         count(hours) AS mqls_contacted,
         count(*) FILTER (WHERE hours <= sla_hours) AS mqls_contacted_in_sla,
         coalesce(sum(hours), 0) AS response_hours_total,
         coalesce(sum(days), 0) AS sales_cycle_days_total
  FROM placed
  GROUP BY channel, month_index
),
-- Every month of the span for every channel: a quiet month is a real zero, not "no data".
span AS (
  SELECT min(month_index) AS first_month, max(month_index) AS last_month FROM facts
),
months AS (
  SELECT g.month_index FROM span CROSS JOIN generate_series(span.first_month, span.last_month) AS g(month_index)
),
channels AS (
  SELECT DISTINCT channel FROM facts
)
SELECT
  CAST(CAST(floor(m.month_index / 12.0) AS INTEGER) AS VARCHAR) || '-' ||
    lpad(CAST(m.month_index - 12 * CAST(floor(m.month_index / 12.0) AS INTEGER) + 1 AS VARCHAR), 2, '0') AS period,
  c.channel,
  coalesce(f.leads, 0) AS leads,
  coalesce(f.mqls, 0) AS mqls,
  coalesce(f.sqls, 0) AS sqls,
  coalesce(f.opportunities, 0) AS opportunities,
  coalesce(f.customers, 0) AS customers,
  coalesce(f.lost_deals, 0) AS lost_deals,
  coalesce(f.revenue, 0) AS revenue,
  coalesce(f.mqls_contacted, 0) AS mqls_contacted,
  coalesce(f.mqls_contacted_in_sla, 0) AS mqls_contacted_in_sla,
  coalesce(f.response_hours_total, 0) AS response_hours_total,
  coalesce(f.sales_cycle_days_total, 0) AS sales_cycle_days_total
FROM months AS m
CROSS JOIN channels AS c
LEFT JOIN facts AS f ON f.month_index = m.month_index AND f.channel IS NOT DISTINCT FROM c.channel
ORDER BY c.channel NULLS LAST, m.month_index;
