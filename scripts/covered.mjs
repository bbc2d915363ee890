// Runs in the page (page.evaluate), after text-boxes.mjs: whether the text at a point lies
// under something opaque painted above it, as a scrolling table's sticky total row covers the
// row scrolled beneath it. Two texts that cross there do not both show.

/** @param {{ ids: number[], x: number, y: number }[]} spots page coordinates @returns {boolean[]} whether any of each spot's texts is covered */
export function covered(spots) {
  const elements = window[Symbol.for('overlaps.elements')];

  /** The flat-tree ancestors of an element, itself first. */
  function ancestors(element) {
    const chain = [];
    for (let e = element; e; e = e.assignedSlot ?? e.parentElement ?? (e.parentNode instanceof ShadowRoot ? e.parentNode.host : null)) chain.push(e);
    return chain;
  }

  /** Every element under a viewport point, topmost first, through every open shadow root (a host's inside before the host). */
  function hitsAt(root, x, y) {
    const hits = [];
    for (const e of root.elementsFromPoint(x, y)) {
      if (e.getRootNode() !== root) continue;
      if (e.shadowRoot) hits.push(...hitsAt(e.shadowRoot, x, y));
      hits.push(e);
    }
    return hits;
  }

  const opaque = (e) => {
    const color = getComputedStyle(e).backgroundColor;
    return color !== 'transparent' && !/rgba\(.*,\s*0(\.\d+)?\)$/.test(color);
  };

  return spots.map(({ ids, x, y }) => {
    window.scrollTo(0, Math.max(0, y - innerHeight / 2));
    const hits = hitsAt(document, x - scrollX, y - scrollY);
    return ids.some((id) => {
      const own = ancestors(elements[id]);
      // The topmost opaque box here covers the text unless it is the text's own box or one of its ancestors'.
      const top = hits.find(opaque);
      if (!top || own.includes(top)) return false;
      // ...and it paints above the text: it comes before the text's nearest ancestor that is hit.
      const beneath = hits.findIndex((e) => own.includes(e));
      return beneath === -1 || hits.indexOf(top) < beneath;
    });
  });
}
