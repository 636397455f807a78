/** Whole days since 1970-01-01 (UTC) for a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
}

/** The YYYY-MM-DD date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** A stretch of the axis: days [start, end) drawn `weight` units wide; `compressed` when shorter than its length. */
export interface AxisSegment {
  start: number
  end: number
  weight: number
  compressed: boolean
}

export interface BrokenAxisOptions {
  /** Days of context kept either side of each active day. */
  pad: number
  /** Empty stretches longer than this many days are compressed. */
  maxGap: number
  /** Width, in day units, of a compressed stretch. */
  gapWeight: number
}

const DEFAULTS: BrokenAxisOptions = { pad: 2, maxGap: 21, gapWeight: 6 }

/** Cuts [span.from, span.to] into linear stretches around active days and compressed empty stretches between them. */
export function brokenAxis(
  span: { from: string; to: string },
  activeDays: string[],
  options: Partial<BrokenAxisOptions> = {},
): AxisSegment[] {
  const { pad, maxGap, gapWeight } = { ...DEFAULTS, ...options }
  const s0 = dayNumber(span.from)
  const s1 = dayNumber(span.to) + 1
  const runs: { start: number; end: number }[] = []
  const days = [...new Set(activeDays.map(dayNumber))]
    .filter((d) => d >= s0 && d < s1)
    .sort((a, b) => a - b)
  for (const d of days) {
    const start = Math.max(s0, d - pad)
    const end = Math.min(s1, d + pad + 1)
    const last = runs.at(-1)
    if (last && start - last.end <= maxGap) last.end = Math.max(last.end, end)
    else runs.push({ start, end })
  }
  if (runs.length === 0) return [{ start: s0, end: s1, weight: s1 - s0, compressed: false }]
  const segments: AxisSegment[] = []
  const gap = (start: number, end: number) => {
    if (end <= start) return
    const long = end - start > maxGap
    segments.push({
      start,
      end,
      weight: long ? Math.min(end - start, gapWeight) : end - start,
      compressed: long,
    })
  }
  let cursor = s0
  for (const run of runs) {
    gap(cursor, run.start)
    segments.push({ ...run, weight: run.end - run.start, compressed: false })
    cursor = run.end
  }
  gap(cursor, s1)
  // Neighbouring linear stretches (a short edge gap next to a run) read as one.
  const merged: AxisSegment[] = []
  for (const s of segments) {
    const prev = merged.at(-1)
    if (prev && !prev.compressed && !s.compressed) {
      prev.end = s.end
      prev.weight += s.weight
    } else merged.push(s)
  }
  return merged
}

/** Maps dates to x and back across a broken axis drawn between x0 and x1. */
export interface DayScale {
  segments: AxisSegment[]
  x0: number
  x1: number
  /** x of a (fractional) day number. */
  xOfDay: (day: number) => number
  /** x of the left edge of a date. */
  x: (iso: string) => number
  /** x of the centre of a date. */
  centre: (iso: string) => number
  /** x of the right edge of a date. */
  end: (iso: string) => number
  /** The date under x, snapped to whole days and clamped to the span. */
  dateAt: (x: number) => string
  first: string
  last: string
}

/** Builds the scale for a set of segments between x0 and x1 (pixels). */
export function dayScale(segments: AxisSegment[], x0: number, x1: number): DayScale {
  const total = segments.reduce((n, s) => n + s.weight, 0) || 1
  const unit = (x1 - x0) / total
  const offsets: number[] = []
  segments.reduce((acc, s) => (offsets.push(acc), acc + s.weight), 0)
  const firstDay = segments[0]?.start ?? 0
  const lastDay = (segments.at(-1)?.end ?? 1) - 1

  const xOfDay = (day: number) => {
    const i = segments.findIndex((s) => day < s.end)
    if (i < 0) return x1
    const s = segments[i]!
    const t = Math.max(0, (day - s.start) / (s.end - s.start))
    return x0 + (offsets[i]! + t * s.weight) * unit
  }
  const dateAt = (x: number) => {
    const u = (x - x0) / unit
    let day = lastDay
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!
      if (u < offsets[i]! + s.weight) {
        day = s.start + Math.floor(((u - offsets[i]!) / s.weight) * (s.end - s.start))
        break
      }
    }
    return isoOfDay(Math.min(lastDay, Math.max(firstDay, day)))
  }
  return {
    segments,
    x0,
    x1,
    xOfDay,
    x: (iso) => xOfDay(dayNumber(iso)),
    centre: (iso) => xOfDay(dayNumber(iso) + 0.5),
    end: (iso) => xOfDay(dayNumber(iso) + 1),
    dateAt,
    first: isoOfDay(firstDay),
    last: isoOfDay(lastDay),
  }
}

/** Keeps a date inside [min, max]. */
export function clampDate(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso
}
