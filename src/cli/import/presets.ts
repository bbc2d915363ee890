import { readFile } from 'node:fs/promises';
import { PACKAGE_ROOT } from '../package-root.js';
import { UsageError } from '../usage.js';
import { mappingSchema, type Mapping } from './mapping.js';

// The mapping a command line names: a preset shipped in the package (presets/<name>.json,
// beside dist/) or a file of the user's, checked against the mapping's schema.

import { PRESETS } from './preset-names.js';
import { cannotRead, jsonFailure } from '../input-errors.js';

export { PRESETS };

/** The mapping of --preset or --map (exactly one), or a usage error that lists what is wrong with it. */
export async function loadMapping(values: { preset?: string; map?: string }): Promise<{ mapping: Mapping; name: string }> {
  if ((values.preset === undefined) === (values.map === undefined)) throw new UsageError(`import needs --preset (${PRESETS.join(', ')}) or --map mapping.json, one of them`);
  let name: string;
  let url: URL | string;
  if (values.preset !== undefined) {
    if (!(PRESETS as readonly string[]).includes(values.preset)) throw new UsageError(`--preset takes ${PRESETS.join(', ')}; not "${values.preset}"`);
    name = `preset ${values.preset}`;
    url = new URL(`presets/${values.preset}.json`, PACKAGE_ROOT);
  } else {
    name = values.map!;
    url = values.map!;
  }
  let text: string;
  try {
    text = await readFile(url, 'utf8');
  } catch (error) {
    throw cannotRead(name, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not JSON: ${jsonFailure(text, error)}`);
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => `  ${issue.path.join('.') || '(the mapping)'}: ${issue.message}`);
    throw new UsageError(`${name} is not a valid mapping (schema/mapping.json):\n${issues.join('\n')}`);
  }
  return { mapping: parsed.data, name };
}
