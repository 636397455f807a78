import { BoxGrid, type Box } from './box-grid'
import type { LabelSide } from './graph-model'

export interface LabelItem {
  id: string
  x: number
  y: number
  text: string
  preferred: LabelSide
}

const FALLBACK: Record<LabelSide, LabelSide[]> = {
  above: ['above', 'left', 'right', 'below'],
  below: ['below', 'right', 'left', 'above'],
  left: ['left', 'above', 'below', 'right'],
  right: ['right', 'below', 'above', 'left'],
}

/** The box a label would take on one side of its node (text width estimated at 0.58 em a character). */
export function labelBox(
  item: Pick<LabelItem, 'x' | 'y' | 'text'>,
  side: LabelSide,
  font: number,
  gap: number,
): Box {
  const w = item.text.length * 0.58 * font
  const { x, y } = item
  if (side === 'above') return { x0: x - w / 2, x1: x + w / 2, y0: y - gap - font, y1: y - gap }
  if (side === 'below') return { x0: x - w / 2, x1: x + w / 2, y0: y + gap, y1: y + gap + font }
  if (side === 'left') return { x0: x - gap - w, x1: x - gap, y0: y - font / 2, y1: y + font / 2 }
  return { x0: x + gap, x1: x + gap + w, y0: y - font / 2, y1: y + font / 2 }
}

export interface PlaceOptions {
  /** Node positions labels should avoid; defaults to the labelled items themselves. */
  obstacles?: readonly { x: number; y: number }[]
  /**
   * Leave out a label that would overlap a label already placed on every side, and stop after
   * `limit` labels: for dense graphs, where overlapping text is only a grey smear.
   */
  sparse?: { limit: number }
}

/**
 * Greedy label placement in the items' order: each label takes the side (preferred first) that
 * overlaps least with the nodes and the labels already placed. Sizes are in layout units. Overlap
 * queries go through a uniform grid, so the cost grows with the number of labels, not its square.
 */
export function placeLabels(
  items: readonly LabelItem[],
  font: number,
  radius: number,
  options: PlaceOptions = {},
): Map<string, LabelSide> {
  const gap = radius + font * 0.4
  // Cells about a short label wide: a query touches a handful of cells.
  const cell = Math.max(font * 4, radius * 2, 1e-6)
  const nodes = new BoxGrid(cell)
  for (const n of options.obstacles ?? items)
    nodes.add({ x0: n.x - radius, y0: n.y - radius, x1: n.x + radius, y1: n.y + radius })
  const labels = new BoxGrid(cell)
  const out = new Map<string, LabelSide>()
  const sparse = options.sparse
  for (const item of items) {
    if (sparse && out.size >= sparse.limit) break
    let best: { side: LabelSide; cost: number; box: Box } | null = null
    for (const side of FALLBACK[item.preferred]) {
      const box = labelBox(item, side, font, gap)
      const clash = labels.overlap(box)
      if (sparse && clash > 0) continue
      const cost = nodes.overlap(box) + clash
      // A small margin keeps the preferred side unless another side is clearly clearer.
      if (!best || cost < best.cost * 0.8) best = { side, cost, box }
      if (cost === 0) break
    }
    if (!best) continue
    out.set(item.id, best.side)
    labels.add(best.box)
  }
  return out
}
