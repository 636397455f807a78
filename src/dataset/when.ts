import type { DatePrecision, When } from './schema'
import { formatDay } from '../lib/dates'

type WhenLike = Pick<When, 'date' | 'until' | 'precision'>

/** The precision a date has, filling in what schema version 1 left implicit (`until` meant a range). */
export function precisionOf(when: WhenLike): DatePrecision {
  return when.precision ?? (when.until !== undefined ? 'range' : 'day')
}

/** The last day a record can have happened on: the end of a range, else `date` (for on-or-before, its bound). */
export function lastDay(when: WhenLike): string {
  return precisionOf(when) === 'range' ? (when.until ?? when.date) : when.date
}

/**
 * True when a record may fall within [from, to]: a range that overlaps it, or a day (or an
 * on-or-before bound, placed on the bound: codebook D-precision) inside it.
 */
export function overlaps(when: WhenLike, from: string, to: string): boolean {
  return when.date <= to && lastDay(when) >= from
}

/** True when a record is shown by [from, to] but not wholly inside it: a range that sticks out. */
export function partlyInside(when: WhenLike, from: string, to: string): boolean {
  return overlaps(when, from, to) && (when.date < from || lastDay(when) > to)
}

/** "on or before " or "" — the words that go before a date of this precision. */
export function precisionPrefix(when: WhenLike): string {
  return precisionOf(when) === 'on-or-before' ? 'on or before ' : ''
}

/** "31 Oct 2024", "on or before 31 Oct 2024", or "31 Oct 2024 – 2 Nov 2024" for a range. */
export function whenLabel(when: WhenLike): string {
  return when.until && when.until !== when.date
    ? `${formatDay(when.date)} – ${formatDay(when.until)}`
    : `${precisionPrefix(when)}${formatDay(when.date)}`
}
