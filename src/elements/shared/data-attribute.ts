import type { ComplexAttributeConverter } from 'lit';

/** What the `data` attribute held when it was not JSON. */
export class MalformedAttribute {
  constructor(readonly message: string) {}
}

/**
 * The `data` attribute as JSON. Lit's default Object converter turns malformed JSON into
 * null without a word; this one keeps the error, so the element can say what was wrong.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new MalformedAttribute((error as Error).message);
    }
  },
  toAttribute(value: unknown): unknown {
    return value instanceof MalformedAttribute ? null : JSON.stringify(value);
  },
};
