/** A point or a box's size, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/**
 * Where a tooltip of `size` goes for a pointer at `pointer` (viewport coordinates): below
 * and to the right of it, `gap` away; on the other side of the pointer where that would
 * leave the viewport; and never past the viewport's edges (`margin` from them), so it is
 * read whole at any edge of the page and any width.
 */
export function tooltipPosition(pointer: Point, size: Size, viewport: Size, gap = 12, margin = 4): Point {
  const along = (at: number, length: number, room: number) => {
    let start = at + gap;
    if (start + length > room - margin) start = at - gap - length;
    return Math.max(margin, Math.min(start, room - margin - length));
  };
  return { x: along(pointer.x, size.width, viewport.width), y: along(pointer.y, size.height, viewport.height) };
}
