/** An axis-aligned rectangle in layout units. */
export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** The area two boxes share (0 when apart or only touching). */
export const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))

// Cells are keyed by one number; layouts span a few thousand units, far inside these bounds.
const SPAN = 1 << 20
const keyOf = (cx: number, cy: number) => (cx + SPAN / 2) * SPAN + (cy + SPAN / 2)

/**
 * A uniform grid of boxes: asking what overlaps a box reads only the cells it covers, so placing n
 * labels costs about n lookups of a few cells each instead of n² comparisons.
 */
export class BoxGrid {
  private readonly cells = new Map<number, number[]>()
  private readonly boxes: Box[] = []
  // The query number at which each box was last counted, so a box in several cells counts once.
  private readonly seen: number[] = []
  private query = 0

  constructor(private readonly cell: number) {}

  private range(b: Box) {
    const c = this.cell
    return [Math.floor(b.x0 / c), Math.floor(b.x1 / c), Math.floor(b.y0 / c), Math.floor(b.y1 / c)]
  }

  add(b: Box): void {
    const index = this.boxes.length
    this.boxes.push(b)
    this.seen.push(0)
    const [cx0, cx1, cy0, cy1] = this.range(b)
    for (let cx = cx0!; cx <= cx1!; cx++)
      for (let cy = cy0!; cy <= cy1!; cy++) {
        const key = keyOf(cx, cy)
        const list = this.cells.get(key)
        if (list) list.push(index)
        else this.cells.set(key, [index])
      }
  }

  /** The summed overlap of `b` with every box in the grid. */
  overlap(b: Box): number {
    const q = ++this.query
    let sum = 0
    const [cx0, cx1, cy0, cy1] = this.range(b)
    for (let cx = cx0!; cx <= cx1!; cx++)
      for (let cy = cy0!; cy <= cy1!; cy++) {
        const list = this.cells.get(keyOf(cx, cy))
        if (!list) continue
        for (const i of list) {
          if (this.seen[i] === q) continue
          this.seen[i] = q
          sum += overlapArea(b, this.boxes[i]!)
        }
      }
    return sum
  }
}
