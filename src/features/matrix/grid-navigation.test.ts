import { describe, expect, it } from 'vitest'
import { nextGridPos } from './grid-navigation'

describe('nextGridPos', () => {
  const at = { row: 1, col: 1 }
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextGridPos(at, 'ArrowRight', false, 3, 3)).toEqual({ row: 1, col: 2 })
    expect(nextGridPos({ row: 1, col: 2 }, 'ArrowRight', false, 3, 3)).toEqual({ row: 1, col: 2 })
    expect(nextGridPos(at, 'ArrowUp', false, 3, 3)).toEqual({ row: 0, col: 1 })
    expect(nextGridPos({ row: 0, col: 0 }, 'ArrowLeft', false, 3, 3)).toEqual({ row: 0, col: 0 })
  })
  it('jumps to the row ends with Home/End and the corners with Ctrl', () => {
    expect(nextGridPos(at, 'End', false, 3, 4)).toEqual({ row: 1, col: 3 })
    expect(nextGridPos(at, 'Home', true, 3, 4)).toEqual({ row: 0, col: 0 })
    expect(nextGridPos(at, 'End', true, 3, 4)).toEqual({ row: 2, col: 3 })
  })
  it('ignores other keys', () => {
    expect(nextGridPos(at, 'a', false, 3, 3)).toBeNull()
  })
})
