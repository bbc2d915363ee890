// Schema issues as people read them, apart from zod: elements and the dashboard's layout
// name problems with these without loading the validator.

export interface SchemaIssue {
  /** Where, as a readable path: `rows[3].mqls`, or `(root)`. */
  path: string;
  message: string;
}

/** How many issues a result lists; the rest are counted, so one bad file never floods a screen. */
export const MAX_ISSUES = 20;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/** How an issue names the earlier item it repeats; user text (an id) only ever comes before it. */
export const firstAtNote = (list: string, index: number) => `(first at ${list}[${index}])`;

/** An issue's message with the earlier item it names renumbered: for issues found on part of a list, named at their places in the whole. */
export function renumberFirstAt(message: string, place: (list: string, index: number) => number): string {
  return message.replace(/\(first at ([a-z]+)\[(\d+)\]\)$/, (_, list: string, index: string) => firstAtNote(list, place(list, Number(index))));
}

/** One line per issue, with a count of those left out: what the CLI prints and elements show. */
export function formatIssues(result: { issues: SchemaIssue[]; issueCount: number }): string[] {
  const lines = result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (result.issueCount > result.issues.length) lines.push(`… and ${result.issueCount - result.issues.length} more`);
  return lines;
}
