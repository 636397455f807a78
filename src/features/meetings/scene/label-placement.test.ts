import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overlapArea, type Box } from './box-grid'
import type { LabelSide } from './graph-model'
import { labelBox, placeLabels, type LabelItem } from './label-placement'

describe('placeLabels', () => {
  it('keeps the preferred side when nothing is in the way', () => {
    const sides = placeLabels(
      [{ id: 'a', x: 100, y: 100, text: 'Alpha', preferred: 'above' }],
      12,
      9,
    )
    expect(sides.get('a')).toBe('above')
  })

  it('moves a label off a neighbouring node', () => {
    const items = [
      { id: 'a', x: 100, y: 100, text: 'A long name here', preferred: 'above' as const },
      { id: 'b', x: 100, y: 75, text: 'B', preferred: 'below' as const },
    ]
    const sides = placeLabels(items, 12, 9)
    expect(sides.get('a')).not.toBe('above')
  })

  it('moves a label off a label already placed', () => {
    const items = [
      { id: 'a', x: 100, y: 100, text: 'Wide label one', preferred: 'below' as const },
      { id: 'b', x: 130, y: 100, text: 'Wide label two', preferred: 'below' as const },
    ]
    const sides = placeLabels(items, 12, 9)
    expect(sides.get('a')).toBe('below')
    expect(sides.get('b')).not.toBe('below')
  })

  it('estimates label boxes on each side', () => {
    const item = { x: 0, y: 0, text: 'abcdefghij' }
    expect(labelBox(item, 'below', 10, 5)).toEqual({ x0: -29, x1: 29, y0: 5, y1: 15 })
    expect(labelBox(item, 'left', 10, 5).x1).toBe(-5)
  })
})

/** The placement as first written: every label compared with every node and placed label. */
function placeByScan(items: readonly LabelItem[], font: number, radius: number) {
  const gap = radius + font * 0.4
  const boxes: Box[] = items.map((n) => ({
    x0: n.x - radius,
    y0: n.y - radius,
    x1: n.x + radius,
    y1: n.y + radius,
  }))
  const out = new Map<string, LabelSide>()
  const order: Record<LabelSide, LabelSide[]> = {
    above: ['above', 'left', 'right', 'below'],
    below: ['below', 'right', 'left', 'above'],
    left: ['left', 'above', 'below', 'right'],
    right: ['right', 'below', 'above', 'left'],
  }
  for (const item of items) {
    let best: { side: LabelSide; cost: number; box: Box } | null = null
    for (const side of order[item.preferred]) {
      const box = labelBox(item, side, font, gap)
      const cost = boxes.reduce((s, b) => s + overlapArea(box, b), 0)
      if (!best || cost < best.cost * 0.8) best = { side, cost, box }
      if (cost === 0) break
    }
    out.set(item.id, best!.side)
    boxes.push(best!.box)
  }
  return out
}

const side = fc.constantFrom<LabelSide>('above', 'below', 'left', 'right')
const itemsArb = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      text: fc.string({ minLength: 1, maxLength: 20 }),
      preferred: side,
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((item, i) => ({ ...item, id: `n${i}` })))

describe('placeLabels on a grid', () => {
  it('chooses exactly what comparing every pair chooses', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(8, 12, 20), (items, font) => {
        expect(placeLabels(items, font, 9)).toEqual(placeByScan(items, font, 9))
      }),
    )
  })

  it('in sparse mode leaves out labels that would overlap, keeping the earlier ones', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const sides = placeLabels(items, 12, 9, { sparse: { limit: 1000 } })
        // The first label always has room.
        if (items[0]) expect(sides.has(items[0].id)).toBe(true)
        const boxes = items
          .filter((n) => sides.has(n.id))
          .map((n) => labelBox(n, sides.get(n.id)!, 12, 9 + 12 * 0.4))
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0)
      }),
    )
  })

  it('in sparse mode stops at the limit and avoids the given obstacles', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 10) * 200,
      y: Math.floor(i / 10) * 200,
      text: 'Name',
      preferred: 'below' as const,
    }))
    expect(placeLabels(items, 12, 9, { sparse: { limit: 7 } }).size).toBe(7)
    // A node just under the first one pushes its label off the preferred side.
    const sides = placeLabels(items.slice(0, 1), 12, 9, {
      obstacles: [items[0]!, { x: 0, y: 25 }],
      sparse: { limit: 10 },
    })
    expect(sides.get('n0')).not.toBe('below')
  })
})
