import { describe, expect, it } from 'vitest'
import { placeTooltip } from './tooltip-place'

const window = { width: 1000, height: 800 }

describe('placeTooltip', () => {
  it('opens right of and below the point where there is room', () => {
    expect(placeTooltip({ x: 100, y: 100 }, { width: 300, height: 200 }, window)).toEqual({
      left: 114,
      top: 114,
    })
  })

  it('opens left of or above the point near the right or bottom edge', () => {
    expect(placeTooltip({ x: 900, y: 700 }, { width: 300, height: 200 }, window)).toEqual({
      left: 586,
      top: 486,
    })
  })

  it('keeps a tooltip that fits on neither side inside the window, on the roomier side', () => {
    // 300 tall in a 320-tall window: neither below nor above the point fits. In the upper half it
    // goes below and is pulled up to the bottom margin (320 - 8 - 300); in the lower half it goes
    // above and is pushed down to the top margin.
    const small = { width: 1000, height: 320 }
    expect(placeTooltip({ x: 100, y: 120 }, { width: 300, height: 300 }, small).top).toBe(12)
    expect(placeTooltip({ x: 100, y: 200 }, { width: 300, height: 300 }, small).top).toBe(8)
  })

  it('never starts before the window margin when the tooltip is larger than the window', () => {
    expect(placeTooltip({ x: 50, y: 50 }, { width: 2000, height: 2000 }, window)).toEqual({
      left: 8,
      top: 8,
    })
  })
})
