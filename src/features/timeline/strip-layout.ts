import type { DayScale } from './day-scale'
import { LANES, packRows, type Lane, type TimelineMark } from './timeline-marks'

/** Sizes of the strip in pixels: left gutter for lane names, top band for the brush handles, rows within lanes. */
export const STRIP = { gutter: 76, right: 16, top: 16, row: 8, lanePad: 2, axis: 20, r: 4 } as const

/** A mark with its place on screen: a point at `cx`, or a bar from x0 to x1 when `bar`. */
export interface PlacedMark extends TimelineMark {
  x0: number
  x1: number
  cx: number
  y: number
  bar: boolean
}

export interface StripLayout {
  marks: PlacedMark[]
  lanes: { lane: Lane; label: string; y0: number; y1: number }[]
  /** y of the date axis line, under the last lane. */
  axisY: number
  height: number
}

/** Places every mark in its lane, stacking marks that would overlap into extra rows. */
export function layoutStrip(marks: TimelineMark[], scale: DayScale): StripLayout {
  const placed: PlacedMark[] = []
  const lanes: StripLayout['lanes'] = []
  let y = STRIP.top
  for (const { lane, label } of LANES) {
    const inLane = marks.filter((m) => m.lane === lane)
    const sameDay = new Map<string, number>()
    for (const m of inLane) if (m.from === m.to) sameDay.set(m.from, (sameDay.get(m.from) ?? 0) + 1)
    const seen = new Map<string, number>()
    const extents = inLane.map((m) => {
      if (m.from !== m.to) {
        const x0 = scale.x(m.from) + 1
        return { x0, x1: Math.max(x0 + 2 * STRIP.r, scale.end(m.to) - 1), cx: 0, bar: true }
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
    const { rows, count } = packRows(extents, 1)
    const y0 = y
    inLane.forEach((m, i) => {
      const e = extents[i]!
      placed.push({
        ...m,
        ...e,
        cx: e.bar ? (e.x0 + e.x1) / 2 : e.cx,
        y: y0 + STRIP.lanePad + STRIP.row * (rows[i]! + 0.5),
      })
    })
    y += Math.max(1, count) * STRIP.row + 2 * STRIP.lanePad
    lanes.push({ lane, label, y0, y1: y })
  }
  return { marks: placed, lanes, axisY: y, height: y + STRIP.axis }
}
