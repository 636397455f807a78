import { addDays } from '../../lib/dates'
import { clampDate } from './day-scale'

/** Steps per slider key: arrows one, PageUp/PageDown seven (a week of days). Home/End go to the limits. */
const STEP: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 7,
  PageDown: -7,
}

/**
 * Where a slider key moves `value`: `min` or `max` for Home/End, else `by(value, steps)` for the
 * arrows and PageUp/PageDown; null for keys a slider does not handle. Clamping is the caller's.
 */
export function slideTo<T>(
  key: string,
  value: T,
  limits: { min: T; max: T },
  by: (value: T, steps: number) => T,
): T | null {
  if (key === 'Home') return limits.min
  if (key === 'End') return limits.max
  const steps = STEP[key]
  return steps === undefined ? null : by(value, steps)
}

/**
 * The date a slider handle moves to for a key (arrows a day, PageUp/PageDown a week, Home/End the
 * limits), clamped to [min, max]; null for keys the slider does not handle.
 */
export function stepDate(key: string, value: string, min: string, max: string): string | null {
  return slideTo(key, value, { min, max }, (day, steps) => clampDate(addDays(day, steps), min, max))
}
