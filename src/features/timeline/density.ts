import { dayNumber, isoOfDay, type DayScale } from './day-scale'
import { formatSpan, type Lane } from './timeline-marks'

/** One bar of a density band: the records dated within days [from, to], drawn from x0 to x1. */
export interface DensityBin {
  from: string
  to: string
  x0: number
  x1: number
  count: number
}

/** A lane drawn as counts: its non-empty bins in date order, the largest count, and the bin length in days. */
export interface DensityBand {
  bins: DensityBin[]
  max: number
  daysPerBin: number
}

/** The narrowest bar, in pixels: days are grouped until a bin is at least this wide. */
const MIN_BIN_PX = 2
/** A lane holds at most one mark per this many pixels of axis before it is drawn as counts. */
const PX_PER_MARK = 4

/** True when a lane with `count` marks is too crowded to draw them one by one on `axisPx` pixels. */
export function crowded(count: number, axisPx: number): boolean {
  return count > axisPx / PX_PER_MARK
}

/**
 * Counts records per bin of whole days along the axis's linear stretches (compressed stretches hold
 * no active day); a record spanning several days counts in every bin it touches. Linear in records
 * plus days.
 */
export function binByDay(
  records: { from: string; to: string }[],
  scale: DayScale,
  minPx = MIN_BIN_PX,
): DensityBand {
  const first = scale.segments[0]?.start ?? 0
  const days = Math.max(0, (scale.segments.at(-1)?.end ?? first) - first)
  // Records starting on or before each day, and records ended before it: a bin's count is the difference.
  const startedBy = new Int32Array(days + 1)
  const endedBefore = new Int32Array(days + 1)
  const dayOf = new Map<string, number>()
  const index = (iso: string) => {
    let d = dayOf.get(iso)
    if (d === undefined)
      dayOf.set(iso, (d = Math.min(days - 1, Math.max(0, dayNumber(iso) - first))))
    return d
  }
  for (const r of records) {
    const from = index(r.from)
    startedBy[from + 1]! += 1
    endedBefore[Math.max(from, index(r.to)) + 1]! += 1
  }
  for (let i = 1; i <= days; i++) {
    startedBy[i]! += startedBy[i - 1]!
    endedBefore[i]! += endedBefore[i - 1]!
  }

  const linear = scale.segments.filter((s) => !s.compressed)
  const pxPerDay = Math.min(
    ...linear.map((s) => (scale.xOfDay(s.end) - scale.xOfDay(s.start)) / (s.end - s.start)),
  )
  const daysPerBin = Math.max(1, Math.ceil(minPx / (pxPerDay || minPx)))
  const bins: DensityBin[] = []
  let max = 0
  for (const s of linear)
    for (let start = s.start; start < s.end; start += daysPerBin) {
      const end = Math.min(s.end, start + daysPerBin)
      const count = startedBy[end - first]! - endedBefore[start - first]!
      if (count === 0) continue
      max = Math.max(max, count)
      bins.push({
        from: isoOfDay(start),
        to: isoOfDay(end - 1),
        x0: scale.xOfDay(start),
        x1: scale.xOfDay(end),
        count,
      })
    }
  return { bins, max, daysPerBin }
}

const NOUN: Record<Lane, string> = { events: 'event', meetings: 'meeting', articles: 'article' }

/** Tooltip text of a bin: "312 meetings, 3 Mar – 9 Mar 2024". */
export function binLabel(lane: Lane, bin: DensityBin): string {
  const n = bin.count
  return `${n.toLocaleString('en-GB')} ${NOUN[lane]}${n === 1 ? '' : 's'}, ${formatSpan(bin.from, bin.to)}`
}

/** Index of the bin under x (bins in x order), or -1 between bins. */
export function binAt(bins: DensityBin[], x: number): number {
  let lo = 0
  let hi = bins.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const b = bins[mid]!
    if (x < b.x0) hi = mid - 1
    else if (x >= b.x1) lo = mid + 1
    else return mid
  }
  return -1
}

/**
 * One SVG path of bars standing on `baseY`, each `height × count / max` tall (at least 1px), for
 * the bins `keep` accepts; bars leave a hairline gap when there is room for one.
 */
export function barsPath(
  band: DensityBand,
  baseY: number,
  height: number,
  keep: (bin: DensityBin) => boolean = () => true,
): string {
  const parts: string[] = []
  for (const b of band.bins) {
    if (!keep(b)) continue
    const w = b.x1 - b.x0
    const width = w >= 3 ? w - 0.5 : w
    const h = Math.max(1, (height * b.count) / band.max)
    parts.push(`M${round(b.x0)} ${round(baseY)}h${round(width)}v${round(-h)}h${round(-width)}Z`)
  }
  return parts.join('')
}

const round = (v: number) => Math.round(v * 100) / 100
