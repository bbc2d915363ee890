/** A template's static parts (joined by its bindings), the line-broken whitespace that renders nothing taken out; `svg`: an svg`…` template's. */
export function minifyHtmlParts(parts: readonly string[], svg?: boolean): string[];
/** A module's source with its html and svg templates' silent whitespace taken out. */
export function minifyHtmlTemplates(source: string): string;
