-- inbound-kpi-kit: the data contract's summary rows (month x channel) from a table of lead
-- records, computed in your own database. Runs unchanged on PostgreSQL and DuckDB.
--
-- Parameters: $1 the dataset's IANA time zone (e.g. 'America/Sao_Paulo'),
--             $2 the response SLA's window in hours (e.g. 4; aggregate --response-hours),
--             $3 the acceptance SLA's window in hours (e.g. 24; aggregate --acceptance-hours).
-- Input: a table `leads` with the record fields of the contract:
--   id, channel (NULL: unattributed), created_at, mql_at, sql_at, opportunity_at, won_at,
--   lost_at, first_contact_at, and the handoff ledger's accepted_at, rejected_at,
--   disqualified_at, recycled_at (TIMESTAMP WITH TIME ZONE, NULL when absent);
--   amount (NULL: none); reason (a code, NULL: none; only sql/period-reasons.sql reads it).
-- Output: one row per month x channel from the first month with an event to the last,
--   zeros included, in the contract's facts (snake_case here; camelCase in the JSON).
--   A row's `reasons` (failures by reason code) come from sql/period-reasons.sql.
--
-- The rules are the kit's own (README, "The data contract" and "The handoff ledger"), so
-- these rows give the same numbers as the records (npm test runs this file on both engines
-- against the kit):
--   * each event counts in the month of its own timestamp, read in the time zone: leads,
--     MQLs, SQLs, opportunities, customers, lost deals, and mqls_accepted, mqls_rejected,
--     leads_disqualified, leads_recycled;
--   * durations are elapsed time (a DST night is 23 or 25 hours), timestamps cut to ms;
--   * a contact belongs to its MQL's month; one before the MQL counts as 0 hours;
--     "within N hours" includes N;
--   * sales' decision (accepted_at, else rejected_at) belongs to its MQL's month, and counts
--     (mqls_decided, decision_hours_total) when it comes before that month ends (the first
--     instant of the next month in the zone: one at that instant is not decided yet); one
--     before the MQL counts as 0 hours; mqls_decided_in_sla: within $3 hours, $3 included;
--   * time in each stage (lead -> MQL -> SQL -> opportunity -> customer: *_days_total in
--     days, *_samples) counts in the month of the later timestamp, where both are there,
--     never below 0;
--   * won revenue and the sales cycle (won - created, in days) belong to the won month.
WITH params AS (
  SELECT CAST($1 AS VARCHAR) AS tz, CAST($2 AS DOUBLE PRECISION) AS sla_hours, CAST($3 AS DOUBLE PRECISION) AS acceptance_hours
),
-- Every event: its month index (year * 12 + month - 1) in the zone, and what it adds.
events AS (
  SELECT l.channel, e.at, e.kind, e.hours, e.days, e.amount, e.decided_at, e.decision_hours, e.stage_days
  FROM leads AS l
  -- Each timestamp cut to ms, and as epoch milliseconds: elapsed time is their difference,
  -- exact in both engines (an answer exactly 24 hours after its MQL is inside 24).
  CROSS JOIN LATERAL (
    SELECT date_trunc('milliseconds', l.created_at) AS created_at,
           round(extract(epoch FROM date_trunc('milliseconds', l.created_at)) * 1000) AS created_ms,
           round(extract(epoch FROM date_trunc('milliseconds', l.mql_at)) * 1000) AS mql_ms,
           round(extract(epoch FROM date_trunc('milliseconds', l.sql_at)) * 1000) AS sql_ms,
           round(extract(epoch FROM date_trunc('milliseconds', l.opportunity_at)) * 1000) AS opportunity_ms,
           round(extract(epoch FROM date_trunc('milliseconds', l.won_at)) * 1000) AS won_ms,
           round(extract(epoch FROM date_trunc('milliseconds', l.first_contact_at)) * 1000) AS contact_ms,
           date_trunc('milliseconds', coalesce(l.accepted_at, l.rejected_at)) AS decided_at,
           round(extract(epoch FROM date_trunc('milliseconds', coalesce(l.accepted_at, l.rejected_at))) * 1000) AS decided_ms
  ) AS t
  CROSS JOIN LATERAL (
    SELECT t.created_at AS at, 'lead' AS kind, CAST(NULL AS DOUBLE PRECISION) AS hours, CAST(NULL AS DOUBLE PRECISION) AS days, CAST(NULL AS DOUBLE PRECISION) AS amount,
           CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS decided_at, CAST(NULL AS DOUBLE PRECISION) AS decision_hours, CAST(NULL AS DOUBLE PRECISION) AS stage_days
    UNION ALL
    SELECT date_trunc('milliseconds', l.mql_at), 'mql',
           CASE WHEN t.contact_ms IS NULL THEN NULL ELSE greatest(0, t.contact_ms - t.mql_ms) / 3600000 END,
           NULL, NULL,
           t.decided_at,
           CASE WHEN t.decided_ms IS NULL THEN NULL ELSE greatest(0, t.decided_ms - t.mql_ms) / 3600000 END,
           greatest(0, t.mql_ms - t.created_ms) / 86400000
    WHERE l.mql_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.sql_at), 'sql', NULL, NULL, NULL, NULL, NULL,
           CASE WHEN t.mql_ms IS NULL THEN NULL ELSE greatest(0, t.sql_ms - t.mql_ms) / 86400000 END
    WHERE l.sql_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.opportunity_at), 'opportunity', NULL, NULL, NULL, NULL, NULL,
           CASE WHEN t.sql_ms IS NULL THEN NULL ELSE greatest(0, t.opportunity_ms - t.sql_ms) / 86400000 END
    WHERE l.opportunity_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.won_at), 'won', NULL,
           (t.won_ms - t.created_ms) / 86400000,
           coalesce(l.amount, 0),
           NULL, NULL,
           CASE WHEN t.opportunity_ms IS NULL THEN NULL ELSE greatest(0, t.won_ms - t.opportunity_ms) / 86400000 END
    WHERE l.won_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.lost_at), 'lost', NULL, NULL, NULL, NULL, NULL, NULL WHERE l.lost_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.accepted_at), 'accepted', NULL, NULL, NULL, NULL, NULL, NULL WHERE l.accepted_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.rejected_at), 'rejected', NULL, NULL, NULL, NULL, NULL, NULL WHERE l.rejected_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.disqualified_at), 'disqualified', NULL, NULL, NULL, NULL, NULL, NULL WHERE l.disqualified_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.recycled_at), 'recycled', NULL, NULL, NULL, NULL, NULL, NULL WHERE l.recycled_at IS NOT NULL
  ) AS e
),
-- An MQL's decision counts when its month is not after the MQL's: the same as "before the
-- first instant of the MQL's next month", since months follow one another in time.
placed AS (
  SELECT e.*,
         CAST(extract(year FROM e.at AT TIME ZONE p.tz) AS INTEGER) * 12 + CAST(extract(month FROM e.at AT TIME ZONE p.tz) AS INTEGER) - 1 AS month_index,
         CAST(extract(year FROM e.decided_at AT TIME ZONE p.tz) AS INTEGER) * 12 + CAST(extract(month FROM e.decided_at AT TIME ZONE p.tz) AS INTEGER) - 1 AS decided_month_index,
         p.sla_hours, p.acceptance_hours
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
         coalesce(sum(days), 0) AS sales_cycle_days_total,
         count(*) FILTER (WHERE kind = 'accepted') AS mqls_accepted,
         count(*) FILTER (WHERE kind = 'rejected') AS mqls_rejected,
         count(*) FILTER (WHERE decided_month_index <= month_index) AS mqls_decided,
         count(*) FILTER (WHERE decided_month_index <= month_index AND decision_hours <= acceptance_hours) AS mqls_decided_in_sla,
         count(*) FILTER (WHERE kind = 'disqualified') AS leads_disqualified,
         count(*) FILTER (WHERE kind = 'recycled') AS leads_recycled,
         coalesce(sum(decision_hours) FILTER (WHERE decided_month_index <= month_index), 0) AS decision_hours_total,
         count(stage_days) FILTER (WHERE kind = 'mql') AS lead_to_mql_samples,
         coalesce(sum(stage_days) FILTER (WHERE kind = 'mql'), 0) AS lead_to_mql_days_total,
         count(stage_days) FILTER (WHERE kind = 'sql') AS mql_to_sql_samples,
         coalesce(sum(stage_days) FILTER (WHERE kind = 'sql'), 0) AS mql_to_sql_days_total,
         count(stage_days) FILTER (WHERE kind = 'opportunity') AS sql_to_opportunity_samples,
         coalesce(sum(stage_days) FILTER (WHERE kind = 'opportunity'), 0) AS sql_to_opportunity_days_total,
         count(stage_days) FILTER (WHERE kind = 'won') AS opportunity_to_customer_samples,
         coalesce(sum(stage_days) FILTER (WHERE kind = 'won'), 0) AS opportunity_to_customer_days_total
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
  coalesce(f.sales_cycle_days_total, 0) AS sales_cycle_days_total,
  coalesce(f.mqls_accepted, 0) AS mqls_accepted,
  coalesce(f.mqls_rejected, 0) AS mqls_rejected,
  coalesce(f.mqls_decided, 0) AS mqls_decided,
  coalesce(f.mqls_decided_in_sla, 0) AS mqls_decided_in_sla,
  coalesce(f.leads_disqualified, 0) AS leads_disqualified,
  coalesce(f.leads_recycled, 0) AS leads_recycled,
  coalesce(f.decision_hours_total, 0) AS decision_hours_total,
  coalesce(f.lead_to_mql_days_total, 0) AS lead_to_mql_days_total,
  coalesce(f.lead_to_mql_samples, 0) AS lead_to_mql_samples,
  coalesce(f.mql_to_sql_days_total, 0) AS mql_to_sql_days_total,
  coalesce(f.mql_to_sql_samples, 0) AS mql_to_sql_samples,
  coalesce(f.sql_to_opportunity_days_total, 0) AS sql_to_opportunity_days_total,
  coalesce(f.sql_to_opportunity_samples, 0) AS sql_to_opportunity_samples,
  coalesce(f.opportunity_to_customer_days_total, 0) AS opportunity_to_customer_days_total,
  coalesce(f.opportunity_to_customer_samples, 0) AS opportunity_to_customer_samples
FROM months AS m
CROSS JOIN channels AS c
LEFT JOIN facts AS f ON f.month_index = m.month_index AND f.channel IS NOT DISTINCT FROM c.channel
ORDER BY c.channel NULLS LAST, m.month_index;
