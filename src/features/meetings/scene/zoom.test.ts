import { describe, expect, it } from 'vitest'
import {
  IDENTITY,
  MAX_ZOOM,
  MIN_ZOOM,
  markScale,
  panBy,
  reveal,
  toViewBox,
  transformOf,
  wheelFactor,
  wheelZooms,
  zoomAt,
} from './zoom'

describe('zoomAt', () => {
  it('keeps the anchor point fixed on screen', () => {
    const v = zoomAt(IDENTITY, 2, 200, 100)
    expect(v).toEqual({ k: 2, x: -200, y: -100 })
    // The anchor (200, 100) maps to itself: 200 * 2 - 200 = 200.
    expect(200 * v.k + v.x).toBe(200)
  })

  it('zooms about the centre by default and round-trips', () => {
    const v = zoomAt(zoomAt(IDENTITY, 1.5), 1 / 1.5)
    expect(v.k).toBeCloseTo(1)
    expect(v.x).toBeCloseTo(0)
    expect(v.y).toBeCloseTo(0)
  })

  it('clamps the zoom level', () => {
    expect(zoomAt(IDENTITY, 100).k).toBe(MAX_ZOOM)
    expect(zoomAt(IDENTITY, 0.01).k).toBe(MIN_ZOOM)
  })
})

describe('panning and conversions', () => {
  it('pans by viewBox units', () => {
    expect(panBy({ k: 2, x: 10, y: 5 }, 3, -5)).toEqual({ k: 2, x: 13, y: 0 })
  })

  it('maps screen points into the 1000x640 box', () => {
    expect(toViewBox(250, 180, { left: 50, top: 20, width: 400, height: 256 })).toEqual([500, 400])
    expect(toViewBox(0, 0, { left: 0, top: 0, width: 0, height: 0 })).toEqual([500, 320])
  })

  it('zooms only with Ctrl or Cmd held (a pinch), leaving a plain wheel to scroll the page', () => {
    expect(wheelZooms({ ctrlKey: false, metaKey: false })).toBe(false)
    expect(wheelZooms({ ctrlKey: true, metaKey: false })).toBe(true)
    expect(wheelZooms({ ctrlKey: false, metaKey: true })).toBe(true)
  })

  it('zooms in on wheel up and out on wheel down, line mode counting more', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1)
    expect(wheelFactor(100, 0)).toBeLessThan(1)
    expect(wheelFactor(3, 1)).toBeLessThan(wheelFactor(3, 0))
  })

  it('writes a compact transform', () => {
    expect(transformOf({ k: 1.23456, x: 1.005, y: -2 })).toBe('translate(1 -2) scale(1.235)')
  })

  it('enlarges marks on a narrow SVG and shrinks them when zoomed in', () => {
    expect(markScale(1000, 1)).toBe(1)
    expect(markScale(400, 1)).toBeGreaterThan(1.8)
    expect(markScale(100, 1)).toBe(2.4)
    expect(markScale(1000, 2)).toBe(0.5)
  })
})

describe('reveal', () => {
  it('leaves a visible point alone', () => {
    expect(reveal(IDENTITY, 500, 320)).toBe(IDENTITY)
  })

  it('pans a point hidden by zooming back inside the margin', () => {
    const zoomed = zoomAt(IDENTITY, 2) // centre fixed: (566, 60) lands at (632, -200)
    const v = reveal(zoomed, 566, 60, 50)
    expect(v.k).toBe(2)
    expect(60 * v.k + v.y).toBe(50)
    expect(566 * v.k + v.x).toBeCloseTo(632)
  })
})
