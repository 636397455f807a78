import { describe, expect, it } from 'vitest'
import { labelBox, placeLabels } from './label-placement'

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
