import { dayNumber, isoOfDay } from './casualty-layout'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY_STEPS = [1, 2, 7, 14]
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60]

export interface TimeTicks {
  /** Day numbers of the ticks, inside [from, to]. */
  days: number[]
  format: (day: number) => string
}

const dayLabel = (d: number) => {
  const iso = isoOfDay(d)
  return `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`
}

function monthStarts(a: number, b: number, step: number): number[] {
  const first = isoOfDay(a)
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1
  const days: number[] = []
  for (let idx = start; ; idx++) {
    const d = dayNumber(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`)
    if (d > b) return days
    if (d >= a && idx % step === 0) days.push(d)
  }
}

/** At most `max` readable ticks over [from, to]: days or weeks for short ranges, months or years for long ones. */
export function timeTicks(from: string, to: string, max: number): TimeTicks {
  const [a, b] = [dayNumber(from), dayNumber(to)]
  const limit = Math.max(2, max)
  for (const step of DAY_STEPS) {
    if (Math.floor((b - a) / step) + 1 > limit) continue
    const days: number[] = []
    for (let d = a; d <= b; d += step) days.push(d)
    return { days, format: dayLabel }
  }
  for (const step of MONTH_STEPS) {
    const days = monthStarts(a, b, step)
    if (days.length > limit) continue
    if (days.length === 0) break
    const format = (d: number) =>
      step >= 12
        ? isoOfDay(d).slice(0, 4)
        : `${MONTHS[Number(isoOfDay(d).slice(5, 7)) - 1]} ${isoOfDay(d).slice(0, 4)}`
    return { days, format }
  }
  // A short range that crosses no month start: label its two ends.
  return { days: a === b ? [a] : [a, b], format: dayLabel }
}
