import { PRESETS } from './import/preset-names.js';

// Every command's help, and the CLI's usage: a module of text alone, so that --help and a
// mistake on the command line answer without loading the core.

const IMPORT_HELP = `  inbound-kpi-kit import <export.csv|-> (--preset ${PRESETS.join('|')} | --map mapping.json)
                         [--timezone Z] [--date-format F …] [--currency XXX] [--out dataset.json]
      Turns a CRM export (CSV, , or ; separated, UTF-8 with or without BOM) into a dataset of
      lead records, by a preset or a mapping file (schema/mapping.json): columns to fields,
      date formats, the time zone of dates without an offset, value maps, number locale.
      --timezone and --date-format (repeatable) override the mapping's. A local time in a
      DST gap is moved forward by the gap; in an overlap, the earlier instant is taken.
      Rows that cannot be mapped are listed with their line, column and value, the rest
      imported; a summary goes to stderr. Prints the dataset, or writes it to --out.
      Exit: 0 every row imported · 1 rows skipped (the others written) · 2 bad arguments,
      mapping or file.
      Examples:
        inbound-kpi-kit import contacts.csv --preset hubspot-contacts --timezone America/New_York > leads.json
        inbound-kpi-kit import negocios.csv --preset rd-station --currency BRL --out leads.json
        inbound-kpi-kit import export.csv --map my-crm.json --date-format "DD.MM.YYYY HH:mm"
`;

export const HELP = {
  validate: `  inbound-kpi-kit validate <file|-> [<file> …] [--json]
      Checks each dataset against the contract; prints a summary or its issues.
      Exit: the worst of the files (0 valid · 1 invalid · 2 unreadable or not JSON).
      --json prints one JSON report per file instead (for pipelines).
      Examples:
        inbound-kpi-kit validate kpis.json
        curl -s https://example.com/kpis.json | inbound-kpi-kit validate - --json
`,
  compute: `  inbound-kpi-kit compute <file|-> [--period P] [--channel C] [--where "segment=smb&owner=Ana"] [--by DIM] [--mode period|cohort]
                          [--compare previous,target,benchmark] [--format json|csv|table] [--lang en|pt-BR|es]
                          [--as-of YYYY-MM-DD]
      Computes every metric and SLA for one period and view. --where keeps the rows and records
      that carry every value given (channel and declared dimensions, read as a URL query:
      + is a space, %2B a plus); --channel C is --where channel=C. --by DIM splits the view
      into the members of one dimension (or channel), ranked by leads: JSON
      {"by", "members": [{"value", "result"}], "total"}, or one row per member in csv/table.
      --as-of sets "today" (what has happened by the end of that day, and how far a running
      period has got), overriding the dataset's asOf. Without either, today is this
      machine's date in the dataset's time zone, and the JSON says so ("today").
      --period takes a period at the data's granularity or coarser: 2026-03-05 (day),
      2026-W10 (ISO week), 2026-03 (month), 2026-Q1 (quarter), 2026 (year); default: the
      latest period with data.
      Examples:
        inbound-kpi-kit compute kpis.json --period 2026-03 --format table
        inbound-kpi-kit compute kpis.json --period 2026-Q1 --where "segment=SMB" --compare previous,target
        inbound-kpi-kit compute kpis.json --by channel --format csv > by-channel.csv
`,
  aggregate: `  inbound-kpi-kit aggregate <records.ndjson|records.json|-> [--granularity day|week|month|quarter]
                            [--timezone Z] [--response-hours N] [--acceptance-hours N] [--currency XXX] [--by segment,owner]
      Turns lead records (NDJSON, or one JSON array) into the contract's summary rows, one
      period x channel each, in one streaming pass: a file of any size, in a fixed memory.
      Prints a dataset of rows (JSON), to use as it is or to merge targets, SLAs and spend into.
      --by keeps those dimensions of the records' dims: rows per period x channel x their
      members (declared in the output); other dims are checked and summed over.
      Examples:
        inbound-kpi-kit aggregate leads.ndjson --timezone America/Sao_Paulo > rows.json
        inbound-kpi-kit aggregate records.json --granularity week --by segment > weekly.json
`,
  explain: `  inbound-kpi-kit explain <file|-> --metric M [--period P] [--mode period|cohort] [--as-of YYYY-MM-DD]
                          [--where W] [--against previous|target] [--by DIM] [--format json|table|csv]
      Why a number moved: the change of customers, revenue, mqls or leads from the previous
      period (to the same day while it runs) or from the targets, one exact contribution per
      driver (LMDI, or Shapley when a factor is 0). With --by, a rate's change (lead_to_mql,
      mql_to_sql, …) split into mix and rate by the members of a dimension.
      Examples:
        inbound-kpi-kit explain leads.json --metric customers --period 2026-02
        inbound-kpi-kit explain leads.json --metric lead_to_mql --by segment --format table
`,
  review: `  inbound-kpi-kit review <file|-> --since YYYY-MM-DD [--as-of YYYY-MM-DD] [--where W] [--format md|html|json] [--lang en|pt-BR|es]
      What changed since the last meeting, for an e-mail or a chat: the metrics that moved
      most, the verdicts and SLAs that changed, why new customers moved, the failure reasons
      that grew and the leads that became stalled, in the period that holds asOf (the
      records replayed as of both days). HTML is one self-contained page with no script.
      Examples:
        inbound-kpi-kit review leads.json --since 2026-03-11 --format md
        inbound-kpi-kit review leads.json --since 2026-03-11 --format html --lang pt-BR > review.html
`,
  import: IMPORT_HELP,
  schema: `  inbound-kpi-kit schema [--mapping]
      Prints the dataset's JSON Schema, or with --mapping the import mapping file's.
      Examples:
        inbound-kpi-kit schema > dataset.schema.json
        inbound-kpi-kit schema --mapping > mapping.schema.json
`,
  sql: `  inbound-kpi-kit sql [--reasons] [--by segment,owner]
      Prints the SQL recipe that makes the summary rows in PostgreSQL or DuckDB from a table
      \`leads\` (sql/period-rows.sql; parameters: $1 time zone, $2 response hours, $3
      acceptance hours), or with --reasons the failures by reason code (sql/period-reasons.sql;
      $1 time zone); --by groups them by those columns of the table too, as aggregate --by does.
      Example:
        inbound-kpi-kit sql --by segment > period-rows.sql
`,
};

export const USAGE = `Usage:
${Object.values(HELP).join('')}  inbound-kpi-kit --version

Exit codes: 0 ok · 1 invalid dataset (import: rows skipped) · 2 unreadable input, not JSON, or bad arguments.
`;

export const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');
