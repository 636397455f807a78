import type { DayScale } from './day-scale'
import { binByDay, crowded, type DensityBand } from './density'
import { LANES, packRows, type Lane, type TimelineMark } from './timeline-marks'

/** Sizes of the strip in pixels: left gutter for lane names, top band for the brush handles, rows within lanes. */
export const STRIP = { gutter: 76, right: 16, top: 16, row: 8, lanePad: 2, axis: 20, r: 4 } as const

/** A lane that would need more packed rows than this is drawn as counts instead. */
export const MAX_ROWS = 6
/** Rows of height a lane drawn as counts takes. */
export const DENSITY_ROWS = 3

/** A mark with its place on screen: a point at `cx`, or a bar from x0 to x1 when `bar`. */
export interface PlacedMark {
  mark: TimelineMark
  x0: number
  x1: number
  cx: number
  y: number
  bar: boolean
}

/** A lane's band of the strip; `density` is set when its marks are too many to draw one by one. */
export interface StripLane {
  lane: Lane
  label: string
  y0: number
  y1: number
  density: DensityBand | null
}

export interface StripLayout {
  /** The marks of the lanes drawn one by one. */
  marks: PlacedMark[]
  lanes: StripLane[]
  /** y of the date axis line, under the last lane. */
  axisY: number
  height: number
}

/**
 * Places every mark in its lane, stacking marks that would overlap into extra rows; a lane with
 * more marks than its pixels hold, or needing more than MAX_ROWS rows, becomes a density band.
 */
export function layoutStrip(marks: TimelineMark[], scale: DayScale): StripLayout {
  const placed: PlacedMark[] = []
  const lanes: StripLane[] = []
  const byLane = new Map<Lane, TimelineMark[]>(LANES.map((l) => [l.lane, []]))
  for (const m of marks) byLane.get(m.lane)!.push(m)
  let y = STRIP.top
  for (const { lane, label } of LANES) {
    const inLane = byLane.get(lane)!
    const y0 = y
    const fitted = crowded(inLane.length, scale.x1 - scale.x0) ? null : fitLane(inLane, scale)
    if (fitted) {
      inLane.forEach((m, i) => {
        const e = fitted.extents[i]!
        const row = fitted.rows[i]!
        placed.push({ mark: m, ...e, y: y0 + STRIP.lanePad + STRIP.row * (row + 0.5) })
      })
      y += Math.max(1, fitted.count) * STRIP.row + 2 * STRIP.lanePad
      lanes.push({ lane, label, y0, y1: y, density: null })
    } else {
      y += DENSITY_ROWS * STRIP.row + 2 * STRIP.lanePad
      lanes.push({ lane, label, y0, y1: y, density: binByDay(inLane, scale) })
    }
  }
  return { marks: placed, lanes, axisY: y, height: y + STRIP.axis }
}

/** Extents and packed rows of a lane's marks, or null when they need more than MAX_ROWS rows. */
function fitLane(inLane: TimelineMark[], scale: DayScale) {
  const sameDay = new Map<string, number>()
  for (const m of inLane) if (m.from === m.to) sameDay.set(m.from, (sameDay.get(m.from) ?? 0) + 1)
  const seen = new Map<string, number>()
  const extents = inLane.map((m) => {
    if (m.from !== m.to) {
      const x0 = scale.x(m.from) + 1
      const x1 = Math.max(x0 + 2 * STRIP.r, scale.end(m.to) - 1)
      return { x0, x1, cx: (x0 + x1) / 2, bar: true }
    }
    // Marks of one day sit side by side inside that day's width when it fits, stacking only beyond that.
    const pitch = 2 * STRIP.r + 2
    const columns = Math.max(
      1,
      Math.min(sameDay.get(m.from)!, Math.floor((scale.end(m.from) - scale.x(m.from)) / pitch)),
    )
    const j = seen.get(m.from) ?? 0
    seen.set(m.from, j + 1)
    const cx = scale.centre(m.from) + ((j % columns) - (columns - 1) / 2) * pitch
    return { x0: cx - STRIP.r, x1: cx + STRIP.r, cx, bar: false }
  })
  const packed = packRows(extents, 1, MAX_ROWS)
  return packed && { extents, ...packed }
}
