import { describe, expect, it } from 'vitest'
import { nextListIndex, slideTo } from './key-steps'

describe('slideTo', () => {
  const limits = { min: 0, max: 9 }
  const by = (i: number, steps: number) => i + steps

  it('moves an index by the same keys as the date handles', () => {
    expect(slideTo('ArrowRight', 4, limits, by)).toBe(5)
    expect(slideTo('ArrowDown', 4, limits, by)).toBe(3)
    expect(slideTo('PageUp', 1, limits, by)).toBe(8)
    expect(slideTo('PageDown', 8, limits, by)).toBe(1)
    expect(slideTo('Home', 4, limits, by)).toBe(0)
    expect(slideTo('End', 4, limits, by)).toBe(9)
    expect(slideTo('Enter', 4, limits, by)).toBeNull()
  })

  it('takes another key map', () => {
    expect(slideTo('ArrowDown', 4, limits, by, { ArrowDown: 1 })).toBe(5)
    expect(slideTo('PageUp', 4, limits, by, { ArrowDown: 1 })).toBeNull()
  })
})

describe('nextListIndex', () => {
  it('moves to the next item with right or down and the previous with left or up', () => {
    expect(nextListIndex('ArrowRight', 2, 5)).toBe(3)
    expect(nextListIndex('ArrowDown', 2, 5)).toBe(3)
    expect(nextListIndex('ArrowLeft', 2, 5)).toBe(1)
    expect(nextListIndex('ArrowUp', 2, 5)).toBe(1)
  })

  it('stops at the ends and jumps to them with Home and End', () => {
    expect(nextListIndex('ArrowRight', 4, 5)).toBe(4)
    expect(nextListIndex('ArrowLeft', 0, 5)).toBe(0)
    expect(nextListIndex('Home', 3, 5)).toBe(0)
    expect(nextListIndex('End', 1, 5)).toBe(4)
  })

  it('ignores other keys, and has nowhere to go in an empty list', () => {
    expect(nextListIndex('Enter', 2, 5)).toBeNull()
    expect(nextListIndex(' ', 2, 5)).toBeNull()
    expect(nextListIndex('PageUp', 2, 5)).toBeNull()
    expect(nextListIndex('ArrowRight', 0, 0)).toBeNull()
  })

  it('brings an index left over from a longer list back inside', () => {
    expect(nextListIndex('ArrowLeft', 9, 3)).toBe(1)
  })
})
