/** The kit's version, stamped on each class it registers (test/package/define.test.ts holds it to package.json's). */
export const KIT_VERSION = '0.1.0';

/**
 * Registers a tag once. Two bundles of the kit on one page are normal for embeddables: the
 * second registration is skipped instead of throwing, with a warning only when the first is
 * not this version of the kit (another version, or not the kit's). The same version met
 * again (a server framework loads a module once per layer in one process; two bundles of
 * one release) is the same code: skipped in silence.
 */
export function define(tag: string, element: CustomElementConstructor & { kit?: string }): void {
  const existing: (CustomElementConstructor & { kit?: string }) | undefined = customElements.get(tag);
  element.kit = KIT_VERSION;
  if (!existing) customElements.define(tag, element);
  else if (existing.kit !== KIT_VERSION) console.warn(`inbound-kpi-kit: <${tag}> is already defined by another copy of the kit; the first stays.`);
}
