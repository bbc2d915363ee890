import { parseArgs } from 'node:util';
import { dimensionList } from '../dimension-list.js';
import { periodReasonsSql, periodRowsSql, reasonsWithDimensions, withDimensions } from '../sql-recipe.js';
import { EXIT_OK, type CliIo } from '../usage.js';

/** The SQL recipe, grouped by the dimensions asked for. */
export async function sql(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { by: { type: 'string' }, reasons: { type: 'boolean' } } });
  const dims = dimensionList(values.by);
  io.stdout(values.reasons ? reasonsWithDimensions(await periodReasonsSql(), dims) : withDimensions(await periodRowsSql(), dims));
  return EXIT_OK;
}
