import type { LabelSide } from './graph-model'

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

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

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))

/**
 * Greedy label placement: each label takes the side (preferred first) that overlaps least with the
 * nodes and the labels already placed. Sizes are in layout units.
 */
export function placeLabels(
  items: readonly LabelItem[],
  font: number,
  radius: number,
): Map<string, LabelSide> {
  const gap = radius + font * 0.4
  const nodes = items.map((n) => ({
    x0: n.x - radius,
    y0: n.y - radius,
    x1: n.x + radius,
    y1: n.y + radius,
  }))
  const placed: Box[] = []
  const out = new Map<string, LabelSide>()
  for (const item of items) {
    let best: { side: LabelSide; cost: number; box: Box } | null = null
    for (const side of FALLBACK[item.preferred]) {
      const box = labelBox(item, side, font, gap)
      const cost = [...nodes, ...placed].reduce((s, b) => s + overlap(box, b), 0)
      // A small margin keeps the preferred side unless another side is clearly clearer.
      if (!best || cost < best.cost * 0.8) best = { side, cost, box }
      if (cost === 0) break
    }
    out.set(item.id, best!.side)
    placed.push(best!.box)
  }
  return out
}
