// A view of the data (README, "Slicing by any dimension"): `where` keeps the rows and records
// that carry exactly its values, channel and declared dimensions alike.

/** Equalities over `channel` and declared dimensions, all of which must hold. */
export type Where = Readonly<Record<string, string>>;

export const NO_WHERE: Where = Object.freeze({});

/** A where's canonical text (keys in code-point order): equal texts, equal views. */
export function whereKey(where: Where): string {
  return JSON.stringify(Object.keys(where).sort().map((key) => [key, where[key]]));
}

/** Whether two wheres ask for the same view. */
export function sameWhere(a: Where, b: Where): boolean {
  return whereKey(a) === whereKey(b);
}

/** A row's or a record's member of an attribute: its channel, or its value of a dimension. */
export function memberOf(item: { channel?: string; dims?: Readonly<Record<string, string>> }, attribute: string): string | undefined {
  return attribute === 'channel' ? item.channel : item.dims?.[attribute];
}
