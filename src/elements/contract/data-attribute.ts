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
    // What a framework writes when it sets an object as an attribute (the element was not defined yet, or Vue without .prop).
    if (value === '[object Object]') return new MalformedAttribute('it holds "[object Object]": an object was written as text. Set the property instead (element.data = …; in Vue, :data.prop; in React 19, register the elements before rendering)');
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
