import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react'
import { dragRange, type DateRange, type DragMode } from './brush-range'
import type { DayScale } from './day-scale'

const CLICK_SLOP_PX = 3

/**
 * Pointer dragging on the strip: the window follows the pointer locally (`draft`) and is committed
 * once, on release, so the URL gets one history entry per drag. `begin(mode, tap)` is stable across
 * renders; `tap` runs instead when the pointer is released without moving.
 */
export function useBrushDrag(
  svg: RefObject<SVGSVGElement | null>,
  scale: DayScale,
  range: DateRange,
  commit: (r: DateRange) => void,
) {
  const [draft, setDraft] = useState<DateRange | null>(null)
  // This render's scale, range and commit, for handlers that are created once.
  const latest = useRef({ scale, range, commit })
  useLayoutEffect(() => {
    latest.current = { scale, range, commit }
  })
  const drag = useRef<{
    mode: DragMode
    anchor: string
    startX: number
    moved: boolean
    last: DateRange
    tap?: () => void
  } | null>(null)
  const xOf = useCallback(
    (e: PointerEvent) => e.clientX - (svg.current?.getBoundingClientRect().left ?? 0),
    [svg],
  )

  const begin = useCallback(
    (mode: DragMode, tap?: () => void) => (e: PointerEvent) => {
      if (e.button !== 0) return
      e.stopPropagation()
      svg.current?.setPointerCapture?.(e.pointerId)
      drag.current = {
        mode,
        anchor: latest.current.scale.dateAt(xOf(e)),
        startX: e.clientX,
        moved: false,
        last: latest.current.range,
        tap,
      }
    },
    [svg, xOf],
  )
  const move = (e: PointerEvent) => {
    const d = drag.current
    if (!d) return
    if (!d.moved && Math.abs(e.clientX - d.startX) < CLICK_SLOP_PX) return
    d.moved = true
    d.last = dragRange(d.mode, d.anchor, scale.dateAt(xOf(e)), range)
    setDraft(d.last)
  }
  const end = (e: PointerEvent, cancelled = false) => {
    const d = drag.current
    drag.current = null
    svg.current?.releasePointerCapture?.(e.pointerId)
    setDraft(null)
    if (!d || cancelled) return
    if (!d.moved) d.tap?.()
    else if (d.last.from !== range.from || d.last.to !== range.to) commit(d.last)
  }
  return {
    draft,
    begin,
    xOf,
    handlers: {
      onPointerMove: move,
      onPointerUp: (e: PointerEvent) => end(e),
      onPointerCancel: (e: PointerEvent) => end(e, true),
    },
  }
}
