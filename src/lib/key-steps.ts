/** Steps per slider key: arrows one, PageUp/PageDown seven (a week of days). Home/End go to the limits. */
const SLIDER_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 7,
  PageDown: -7,
}

/** Steps per key in a list of items read in order (marks, nodes): right and down are "next". */
const LIST_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
}

/**
 * Where a key moves `value`: `min` or `max` for Home/End, else `by(value, steps)` for the keys in
 * `steps`; null for other keys. Clamping is the caller's. Sliders, lists and the matrix grid share it.
 */
export function slideTo<T>(
  key: string,
  value: T,
  limits: { min: T; max: T },
  by: (value: T, steps: number) => T,
  steps: Readonly<Record<string, number>> = SLIDER_STEPS,
): T | null {
  if (key === 'Home') return limits.min
  if (key === 'End') return limits.max
  const step = steps[key]
  return step === undefined ? null : by(value, step)
}

/** The index a key moves focus to in a list of `count` items (arrows one, Home/End the ends); null for other keys. */
export function nextListIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i))
  return slideTo(key, clamp(index), { min: 0, max: count - 1 }, (i, s) => clamp(i + s), LIST_STEPS)
}
