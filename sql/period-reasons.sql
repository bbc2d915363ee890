-- inbound-kpi-kit: the failures behind the summary rows' `reasons`, by month x channel x
-- reason code, from the same table of lead records as sql/period-rows.sql. Runs unchanged
-- on PostgreSQL and DuckDB.
--
-- Parameters: $1 the dataset's IANA time zone (e.g. 'America/Sao_Paulo').
-- Input: the table `leads` of sql/period-rows.sql; this reads channel, rejected_at,
--   disqualified_at, lost_at (TIMESTAMP WITH TIME ZONE, NULL when absent) and reason
--   (a code, NULL: none).
-- Output: one row per month x channel x reason code that has failures: period, channel,
--   reason ('' for failures without a reason), failures (a count). A month x channel of
--   sql/period-rows.sql carries them as its `reasons`: { "<reason>": failures, ... }, and
--   one with no row here `reasons: {}` (as aggregate writes it: no failure is a real 0).
--
-- The rules are the kit's own (README, "The handoff ledger"): a failure is a rejection by
-- sales (rejected_at), a disqualification (disqualified_at) or a lost deal (lost_at), each
-- in the month of its own timestamp read in the time zone (cut to ms), with the lead's
-- reason whatever its kind (a lead fails once, so its reason is that failure's).
WITH params AS (
  SELECT CAST($1 AS VARCHAR) AS tz
),
failed AS (
  SELECT l.channel, f.at, coalesce(l.reason, '') AS reason
  FROM leads AS l
  CROSS JOIN LATERAL (
    SELECT date_trunc('milliseconds', l.rejected_at) AS at WHERE l.rejected_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.disqualified_at) WHERE l.disqualified_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('milliseconds', l.lost_at) WHERE l.lost_at IS NOT NULL
  ) AS f
),
placed AS (
  SELECT e.*,
         CAST(extract(year FROM e.at AT TIME ZONE p.tz) AS INTEGER) * 12 + CAST(extract(month FROM e.at AT TIME ZONE p.tz) AS INTEGER) - 1 AS month_index
  FROM failed AS e CROSS JOIN params AS p
)
SELECT
  CAST(CAST(floor(month_index / 12.0) AS INTEGER) AS VARCHAR) || '-' ||
    lpad(CAST(month_index - 12 * CAST(floor(month_index / 12.0) AS INTEGER) + 1 AS VARCHAR), 2, '0') AS period,
  channel,
  reason,
  count(*) AS failures
FROM placed
GROUP BY channel, month_index, reason
ORDER BY channel NULLS LAST, month_index, reason;
