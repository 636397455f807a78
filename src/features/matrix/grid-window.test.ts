import { describe, expect, it } from 'vitest'
import { CELL_PITCH, fullWindow, gridWindow, scrollToCell } from './grid-window'

const view = (top: number, left: number, height = 380, width = 460) => ({
  top,
  left,
  height,
  width,
})

describe('gridWindow', () => {
  it('covers the visible rows and columns plus the overscan', () => {
    // 380 px show rows 0-9 (38 px each), 460 px show columns 0-9 (46 px each).
    expect(gridWindow(view(0, 0), 100, 60, 2)).toEqual({
      rowStart: 0,
      rowEnd: 12,
      colStart: 0,
      colEnd: 12,
    })
    expect(gridWindow(view(38 * 50, 46 * 20), 100, 60, 2)).toEqual({
      rowStart: 48,
      rowEnd: 62,
      colStart: 18,
      colEnd: 32,
    })
  })

  it('never reaches past the grid, however far the viewport is scrolled', () => {
    expect(gridWindow(view(1e6, 1e6), 100, 60)).toEqual({
      rowStart: 100,
      rowEnd: 100,
      colStart: 60,
      colEnd: 60,
    })
    expect(gridWindow(view(-50, -50), 100, 60, 0)).toEqual({
      rowStart: 0,
      rowEnd: 10,
      colStart: 0,
      colEnd: 10,
    })
    expect(gridWindow(view(0, 0), 3, 2)).toEqual(fullWindow(3, 2))
  })

  it('includes a row that is only partly in view', () => {
    const w = gridWindow(view(CELL_PITCH.row * 10 + 5, 0, 40), 100, 60, 0)
    expect([w.rowStart, w.rowEnd]).toEqual([10, 12])
  })
})

describe('scrollToCell', () => {
  it('leaves the scroll alone when the cell is already in view', () => {
    expect(scrollToCell(view(38 * 5, 46 * 5), 7, 8)).toEqual({ top: 38 * 5, left: 46 * 5 })
  })

  it('scrolls up or left just far enough to show a cell before the viewport', () => {
    expect(scrollToCell(view(38 * 20, 46 * 20), 3, 4)).toEqual({ top: 38 * 3, left: 46 * 4 })
  })

  it('scrolls down or right just far enough to show a cell after the viewport', () => {
    const to = scrollToCell(view(0, 0), 30, 40)
    expect(to).toEqual({ top: 38 * 31 - 380, left: 46 * 41 - 460 })
  })
})
