import { readFile } from 'node:fs/promises';
import { HELP, USAGE, wantsHelp } from './help.js';
import { PACKAGE_ROOT } from './package-root.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './usage.js';

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo };

// The CLI's door: help, version and usage mistakes answer from text alone; each command loads
// only what it needs when it runs, from the core's own modules rather than its barrel
// (compute never loads the chart specs, the review's words or the records' streaming
// reader), the CSV reader for import, the shipped files for schema; so `--help` starts as
// fast as Node itself.

type Command = (args: string[], io: CliIo) => Promise<number>;

const LOADERS: Record<keyof typeof HELP, () => Promise<Command>> = {
  validate: () => import('./commands/validate.js').then((m) => m.validate),
  compute: () => import('./commands/compute.js').then((m) => m.compute),
  aggregate: () => import('./commands/aggregate.js').then((m) => m.aggregate),
  explain: () => import('./commands/explain.js').then((m) => m.explainCommand),
  review: () => import('./commands/review.js').then((m) => m.reviewCommand),
  sql: () => import('./commands/sql.js').then((m) => m.sql),
  import: () => import('./import/command.js').then((m) => m.importCsv),
  schema: async () => schema,
};

/** The dataset's JSON Schema, or with --mapping the import mapping's: the files the package ships (scripts/write-schemas.mjs makes them), printed as they are. */
async function schema(args: string[], io: CliIo): Promise<number> {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ args, options: { mapping: { type: 'boolean' } } });
  io.stdout(await readFile(new URL(`schema/${values.mapping ? 'mapping' : 'dataset'}.json`, PACKAGE_ROOT), 'utf8'));
  return EXIT_OK;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
  return pkg.version;
}

const isCommand = (command: string | undefined): command is keyof typeof HELP => command !== undefined && Object.hasOwn(HELP, command);
/** Commands whose usage errors are mostly about their input (a file that cannot be read), and say so themselves. */
const DATASET_COMMANDS = new Set(['validate', 'compute', 'aggregate', 'import']);

/** Options a command takes many times (`--date-format` of import, one per format). */
const MANY = new Set(['--date-format']);

/** The first option given twice (`--channel a --channel b`: Node keeps the last, silently), if any. */
function repeatedOption(args: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=')[0]!;
    if (seen.has(name) && !MANY.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (isCommand(command)) {
      if (wantsHelp(rest)) {
        io.stdout(`Usage:\n${HELP[command]}`);
        return EXIT_OK;
      }
      const twice = repeatedOption(rest);
      if (twice) throw new UsageError(`${twice} is given twice; give it once`);
      return await (await LOADERS[command]())(rest, io);
    }
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${await version()}\n`);
        return EXIT_OK;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // Node's own words talk of positional arguments; say which option is unknown, and where the right ones are.
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
      io.stderr(`error: ${command} has no option ${option}; see inbound-kpi-kit ${command} --help\n`);
      return EXIT_USAGE;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node's words ("Option '--period <value>' argument missing") name the option as its usage writes it.
      const option = /'(--[\w-]+)/.exec((error as Error).message)?.[1];
      if (option) {
        // "--response-hours -3": a value that starts with a dash reads as an option.
        const next = rest[rest.indexOf(option) + 1];
        const dashed = next !== undefined && /^-\d/.test(next) ? ` ("${next}" reads as an option: write ${option}=${next})` : '';
        io.stderr(`error: ${option} needs a value${dashed}; see inbound-kpi-kit ${command} --help\n`);
        return EXIT_USAGE;
      }
    }
    // A query the data cannot answer (KpiQueryError, by name: its class is the core's, loaded only with a command).
    if (error instanceof UsageError || (error as Error).name === 'KpiQueryError' || code?.startsWith('ERR_PARSE_ARGS')) {
      // The core names its query's fields ("by: …"); on the command line they are options.
      io.stderr(`error: ${(error as Error).message.replace(/^(by|where|channel|period|mode|compare|asOf): /, (_, field: string) => `--${field === 'asOf' ? 'as-of' : field}: `)}\n`);
      // The dataset commands' errors say what to do; another command's points at its own help, as an unknown
      // option does (not at every command's usage); an unknown command gets the list of them.
      if (!isCommand(command)) io.stderr(USAGE);
      else if (error instanceof UsageError && !DATASET_COMMANDS.has(command)) io.stderr(`see inbound-kpi-kit ${command} --help\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
