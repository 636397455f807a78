import { useEffect, useRef, type RefObject } from 'react'

/** Below this share of the viewport's height, a panel's top shows little more than its heading. */
const LOW_TOP = 0.6
/** A panel showing less than this many px at the top of the screen has been scrolled past. */
const PEEK_PX = 64

/**
 * True when an element whose box is `rect` is out of sight in a viewport `height` px tall: it starts
 * in the lowest 40% of the screen or below, or it is above the top with (nearly) all of it scrolled past.
 */
export function isOutOfSight(rect: { top: number; bottom: number }, height: number): boolean {
  return rect.top > height * LOW_TOP || rect.bottom < PEEK_PX
}

/** True when some value is new and set: something was selected, not merely cleared. */
export function gainedValue(before: readonly unknown[], after: readonly unknown[]): boolean {
  return after.some((v, i) => v != null && v !== before[i])
}

/**
 * Scrolls `ref`'s element into view when one of `values` takes a new non-null value after the first
 * render and the element is out of sight: on a phone the evidence sits below the views, and a tap
 * on a mark must show it. Clearing a value moves nothing. Smooth unless reduced motion is asked for.
 */
export function useRevealOnChange(
  ref: RefObject<HTMLElement | null>,
  values: readonly (string | null)[],
) {
  const last = useRef(values)
  const key = values.join('\u0000')
  useEffect(() => {
    const gained = gainedValue(last.current, values)
    last.current = values
    const el = ref.current
    if (!gained || !el || !isOutOfSight(el.getBoundingClientRect(), window.innerHeight)) return
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
    el.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' })
    // `key` stands for `values`, whose array is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, key])
}
