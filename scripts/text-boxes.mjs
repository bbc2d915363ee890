// Runs in the page (page.evaluate): the on-screen boxes of every visible piece of text,
// through every open shadow root. HTML text is measured line by line (Range.getClientRects),
// an SVG <text> as one box; each box is cut to the ancestors that clip it, so text scrolled
// or hidden out of a box does not count. The elements stay on the window, by id, for
// covered.mjs to hit-test later.

/** @returns {{ id: number, text: string, where: string, box: { x: number, y: number, w: number, h: number }, cut: boolean }[]} */
export function textBoxes() {
  const elements = (window[Symbol.for('overlaps.elements')] = []);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'OPTION', 'TEXTAREA', 'TITLE', 'DESC']);
  const CLIPS = new Set(['hidden', 'clip', 'auto', 'scroll']);
  const SCROLLS = new Set(['auto', 'scroll']);
  const out = [];
  let id = 0;

  /** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
  const flatParent = (node) => node.assignedSlot ?? node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

  /** Shadow hosts around a node, outermost first, and the node's own element: "kpi-dashboard > kpi-trend > span.value". */
  function where(element) {
    const hosts = [];
    for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.unshift(root.host.localName);
    const own = element.localName + (typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '');
    return [...hosts, own].join(' > ');
  }

  /** Hidden by itself or an ancestor (display, visibility, opacity, content-visibility), or by a screen-reader-only clip. */
  function hidden(element) {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
    for (let e = element; e; e = flatParent(e)) {
      const style = getComputedStyle(e);
      if ((style.clip !== 'auto' && style.position === 'absolute') || /inset\(50%|circle\(0/.test(style.clipPath)) return true;
      if (e instanceof SVGElement && (style.fillOpacity === '0' && style.strokeOpacity === '0')) return true;
    }
    return false;
  }

  /**
   * The box cut to every ancestor that clips its overflow (skipping those an absolutely or fixed
   * positioned ancestor escapes); `cut`: cut sideways by one that does not scroll, so the rest
   * of the text is out of reach.
   */
  function clipped(element, rect) {
    let { left, top, right, bottom } = rect;
    let cut = false;
    let escapesStatic = false;
    for (let e = flatParent(element); e; e = flatParent(e)) {
      const style = getComputedStyle(e);
      const positioned = style.position !== 'static';
      if (!(escapesStatic && !positioned) && e !== document.documentElement && e !== document.body) {
        const border = e.getBoundingClientRect();
        // Overflow is cut at the padding box: inside the borders, before a scrollbar.
        const inner = e.clientWidth || e.clientHeight;
        const box = inner ? { left: border.left + e.clientLeft, right: border.left + e.clientLeft + e.clientWidth, top: border.top + e.clientTop, bottom: border.top + e.clientTop + e.clientHeight } : border;
        if (CLIPS.has(style.overflowX)) {
          if (!SCROLLS.has(style.overflowX) && (rect.left < box.left - 1 || rect.right > box.right + 1)) cut = true;
          [left, right] = [Math.max(left, box.left), Math.min(right, box.right)];
        }
        if (CLIPS.has(style.overflowY)) [top, bottom] = [Math.max(top, box.top), Math.min(bottom, box.bottom)];
      }
      if (style.position === 'fixed') break;
      if (style.position === 'absolute') escapesStatic = true;
      else if (positioned) escapesStatic = false;
    }
    return { left, top, right, bottom, cut };
  }

  function add(element, text, rects) {
    const node = id++;
    elements[node] = element;
    for (const rect of rects) {
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      const c = clipped(element, rect);
      const w = c.right - c.left;
      const h = c.bottom - c.top;
      if (w < 0.5 || h < 0.5) continue;
      out.push({ id: node, text: text.slice(0, 60), where: where(element), box: { x: c.left + scrollX, y: c.top + scrollY, w, h }, cut: c.cut });
    }
  }

  function walk(root) {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement ?? root.host;
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (!text || !parent || hidden(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        add(parent, text, range.getClientRects());
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.nodeName.toUpperCase())) continue;
      if (node instanceof SVGTextElement) {
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        // A word's halo (the same word under it, filled and stroked in the background's colour) is not text of its own.
        const halo = node.hasAttribute('stroke') && node.getAttribute('stroke') === node.getAttribute('fill');
        if (text && !hidden(node) && !halo) add(node, text, [node.getBoundingClientRect()]);
        continue;
      }
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  }

  walk(document.body);
  return out;
}
