import { useCallback, useEffect, useRef, useState } from 'react'
import { fullWindow, gridWindow, scrollToCell, type GridWindow, type Viewport } from './grid-window'

// Before the first measurement: a generous guess, so the first paint is already full.
const FIRST_VIEW: Viewport = { top: 0, left: 0, height: 1200, width: 1600 }

/**
 * Tracks the scroll position and size of a grid's scrolling body and returns the slice of the
 * grid to render. Disabled, it returns the whole grid and costs nothing.
 */
export function useGridWindow(enabled: boolean, rows: number, cols: number) {
  const [view, setView] = useState<Viewport>(FIRST_VIEW)
  const scroller = useRef<HTMLDivElement | null>(null)
  const frame = useRef(0)

  const measure = useCallback(() => {
    frame.current = 0
    const el = scroller.current
    if (!el) return
    // The sticky column headers and row headers cover part of the body: measure them out.
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? 0
    const rowHead = el.querySelector('tbody th')?.getBoundingClientRect().width ?? 0
    const next = {
      top: el.scrollTop,
      left: el.scrollLeft,
      height: el.clientHeight - head,
      width: el.clientWidth - rowHead,
    }
    setView((v) =>
      v.top === next.top &&
      v.left === next.left &&
      v.height === next.height &&
      v.width === next.width
        ? v
        : next,
    )
  }, [])

  // One measurement per frame however many scroll events arrive.
  const onScroll = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(measure)
  }, [measure])

  useEffect(() => {
    const el = scroller.current
    if (!enabled || !el) return undefined
    measure()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(() => onScroll())
    observer.observe(el)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame.current)
      frame.current = 0
    }
  }, [enabled, measure, onScroll])

  /** Scrolls just far enough to show a cell (keyboard moves to a cell outside the slice). */
  const reveal = useCallback(
    (row: number, col: number) => {
      const el = scroller.current
      if (!enabled || !el) return
      const to = scrollToCell(view, row, col)
      el.scrollTo({ top: to.top, left: to.left })
      measure()
    },
    [enabled, view, measure],
  )

  const window: GridWindow = enabled ? gridWindow(view, rows, cols) : fullWindow(rows, cols)
  return { scroller, onScroll: enabled ? onScroll : undefined, window, reveal }
}
