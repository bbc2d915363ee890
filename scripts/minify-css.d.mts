/** The text of a CSS template's static parts, minified. */
export function minifyCss(text: string): string;
/** A module's source with the CSS of its `css` templates minified. */
export function minifyCssTemplates(source: string): string;
