import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
} from 'react'
import { IDENTITY, panBy, reveal, toViewBox, wheelFactor, zoomAt, type Viewport } from './zoom'

/**
 * Transient zoom and pan of an SVG (not a filter, so React state, not the URL): wheel zooms about
 * the pointer, dragging the background pans, and the SVG's rendered width is tracked for mark sizes.
 */
export function useZoomPan() {
  const svgRef = useRef<SVGSVGElement>(null)
  const [view, setView] = useState<Viewport>(IDENTITY)
  const [width, setWidth] = useState(0)
  const drag = useRef<{ id: number; x: number; y: number } | null>(null)

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    // React's onWheel is passive, so the page would scroll as well; a native listener can prevent that.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const [px, py] = toViewBox(e.clientX, e.clientY, svg.getBoundingClientRect())
      setView((v) => zoomAt(v, wheelFactor(e.deltaY, e.deltaMode), px, py))
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    setWidth(svg.getBoundingClientRect().width)
    const observer =
      typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0))
        : null
    observer?.observe(svg)
    return () => {
      svg.removeEventListener('wheel', onWheel)
      observer?.disconnect()
    }
  }, [])

  const onPointerDown = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    // Dragging from a node or edge would swallow its click, so only the background pans.
    if (e.button !== 0 || (e.target as Element).closest('[role="button"]')) return
    // Without this the drag also selects the labels' text.
    e.preventDefault()
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY }
    e.currentTarget.setPointerCapture(e.pointerId)
  }, [])

  const onPointerMove = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current
    if (!d || d.id !== e.pointerId) return
    const rect = e.currentTarget.getBoundingClientRect()
    const scale = rect.width > 0 ? 1000 / rect.width : 1
    setView((v) => panBy(v, (e.clientX - d.x) * scale, (e.clientY - d.y) * scale))
    drag.current = { id: d.id, x: e.clientX, y: e.clientY }
  }, [])

  const onPointerUp = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null
  }, [])

  const zoomBy = useCallback((factor: number) => setView((v) => zoomAt(v, factor)), [])
  const reset = useCallback(() => setView(IDENTITY), [])
  /** Brings a layout point into view, for keyboard focus on a node panned or zoomed off-screen. */
  const bringIntoView = useCallback((x: number, y: number) => setView((v) => reveal(v, x, y)), [])

  return {
    svgRef,
    view,
    width,
    zoomBy,
    reset,
    bringIntoView,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  }
}
