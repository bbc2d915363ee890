/** About the widest a character of the gauge's 10px scale labels runs, in the drawing's units (digits ~6.4, "%" ~9.5). */
const CHAR_WIDTH = 7;
const GAP = 4;

/**
 * Whether a scale end's label keeps clear of the target's label, centred on the target: the
 * target's is the one to read, so an end's gives way when they would meet (a 90% target on a
 * scale to 100%). `edge` is where the end's label is anchored: it starts at 0, ends elsewhere.
 */
export function clearOfTarget(end: string, edge: number, target: string, at: number): boolean {
  const half = (target.length * CHAR_WIDTH) / 2;
  const width = end.length * CHAR_WIDTH;
  return edge === 0 ? width + GAP <= at - half : at + half + GAP <= edge - width;
}
