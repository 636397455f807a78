import { formatDay } from '../../lib/dates'
import { isoOfDay, type DayScale } from './day-scale'

export interface AxisTick {
  date: string
  x: number
  label: string
}

const CHAR_PX = 6.3
const labelOf = (iso: string, withYear: boolean) =>
  withYear ? formatDay(iso) : formatDay(iso).slice(0, -5)

/**
 * Date ticks that do not collide: the start of each linear stretch first, then month starts, then
 * weekly days (1, 8, 15, 22), then every day, each kept only where its label fits inside `bounds`.
 */
export function axisTicks(
  scale: DayScale,
  bounds: { min: number; max: number },
  gapPx = 10,
): AxisTick[] {
  const candidates: { day: number; rank: number }[] = []
  for (const s of scale.segments) {
    if (s.compressed) continue
    for (let d = s.start; d < s.end; d++) {
      const dom = Number(isoOfDay(d).slice(8))
      const rank = d === s.start ? 0 : dom === 1 ? 1 : [8, 15, 22].includes(dom) ? 2 : 3
      candidates.push({ day: d, rank })
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.day - b.day)
  const kept: { x: number; half: number; date: string }[] = []
  for (const c of candidates) {
    const date = isoOfDay(c.day)
    const x = scale.centre(date)
    // Worst case width (with the year) so adding years afterwards never causes overlap.
    const half = (labelOf(date, true).length * CHAR_PX) / 2
    if (x - half < bounds.min || x + half > bounds.max) continue
    if (kept.every((k) => Math.abs(k.x - x) >= k.half + half + gapPx)) kept.push({ x, half, date })
  }
  kept.sort((a, b) => a.x - b.x)
  return kept.map((k, i) => ({
    date: k.date,
    x: k.x,
    label: labelOf(k.date, i === 0 || kept[i - 1]!.date.slice(0, 4) !== k.date.slice(0, 4)),
  }))
}
