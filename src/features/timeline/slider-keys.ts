import { addDays } from '../../lib/dates'
import { clampDate } from './day-scale'

/**
 * The date a slider handle moves to for a key (arrows a day, PageUp/PageDown a week, Home/End the
 * limits), clamped to [min, max]; null for keys the slider does not handle.
 */
export function stepDate(key: string, value: string, min: string, max: string): string | null {
  const by: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: 7,
    PageDown: -7,
  }
  if (key === 'Home') return min
  if (key === 'End') return max
  const step = by[key]
  return step === undefined ? null : clampDate(addDays(value, step), min, max)
}
