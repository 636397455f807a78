import { addDays } from '../../lib/dates'
import { slideTo } from '../../lib/key-steps'
import { clampDate } from './day-scale'

/**
 * The date a slider handle moves to for a key (arrows a day, PageUp/PageDown a week, Home/End the
 * limits), clamped to [min, max]; null for keys the slider does not handle.
 */
export function stepDate(key: string, value: string, min: string, max: string): string | null {
  return slideTo(key, value, { min, max }, (day, steps) => clampDate(addDays(day, steps), min, max))
}
