/**
 * Registers a tag once. Two bundles of the kit on one page are normal for embeddables:
 * the second registration is skipped with a warning instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element) console.warn(`inbound-kpi-kit: <${tag}> is already defined by another copy of the kit; keeping the first.`);
}
