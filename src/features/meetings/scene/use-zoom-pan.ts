import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
} from 'react'
import {
  IDENTITY,
  panBy,
  reveal,
  toViewBox,
  wheelFactor,
  wheelZooms,
  zoomAt,
  type Viewport,
} from './zoom'

// Further than this (in CSS px) between press and release, a press was a drag, not a click.
const CLICK_SLOP = 4

/**
 * Transient zoom and pan of an SVG or canvas (not a filter, so React state, not the URL): Ctrl or
 * Cmd with the wheel, or a trackpad pinch, zooms about the pointer; dragging the background pans;
 * the element's rendered width is tracked for mark sizes.
 */
export function useZoomPan<T extends SVGSVGElement | HTMLCanvasElement = SVGSVGElement>() {
  const svgRef = useRef<T>(null)
  const [view, setView] = useState<Viewport>(IDENTITY)
  const [width, setWidth] = useState(0)
  const drag = useRef<{ id: number; x: number; y: number } | null>(null)
  // How far the last press travelled, so a canvas can tell a click from the end of a pan.
  const travel = useRef({ x: 0, y: 0, far: false })

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    // A plain wheel scrolls the page, so a graph under the pointer never traps an analyst scrolling
    // past it. React's onWheel is passive and could not stop the page zooming on Ctrl+wheel; a
    // native listener can.
    const onWheel = (e: WheelEvent) => {
      if (!wheelZooms(e)) return
      e.preventDefault()
      const [px, py] = toViewBox(e.clientX, e.clientY, svg.getBoundingClientRect())
      setView((v) => zoomAt(v, wheelFactor(e.deltaY, e.deltaMode), px, py))
    }
    // Typed as the interface both element kinds share, whose listeners know the wheel event.
    const target: GlobalEventHandlers = svg
    target.addEventListener('wheel', onWheel, { passive: false })
    setWidth(svg.getBoundingClientRect().width)
    const observer =
      typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0))
        : null
    observer?.observe(svg)
    return () => {
      target.removeEventListener('wheel', onWheel)
      observer?.disconnect()
    }
  }, [])

  const onPointerDown = useCallback((e: ReactPointerEvent<Element>) => {
    // Dragging from a node or edge would swallow its click, so only the background pans.
    if (e.button !== 0 || (e.target as Element).closest('[role="button"]')) return
    // Without this the drag also selects the labels' text.
    e.preventDefault()
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY }
    travel.current = { x: e.clientX, y: e.clientY, far: false }
    e.currentTarget.setPointerCapture(e.pointerId)
  }, [])

  const onPointerMove = useCallback((e: ReactPointerEvent<Element>) => {
    const d = drag.current
    if (!d || d.id !== e.pointerId) return
    const t = travel.current
    if (Math.hypot(e.clientX - t.x, e.clientY - t.y) > CLICK_SLOP) t.far = true
    const rect = e.currentTarget.getBoundingClientRect()
    const scale = rect.width > 0 ? 1000 / rect.width : 1
    setView((v) => panBy(v, (e.clientX - d.x) * scale, (e.clientY - d.y) * scale))
    drag.current = { id: d.id, x: e.clientX, y: e.clientY }
  }, [])

  const onPointerUp = useCallback((e: ReactPointerEvent<Element>) => {
    if (drag.current?.id === e.pointerId) drag.current = null
  }, [])

  const zoomBy = useCallback((factor: number) => setView((v) => zoomAt(v, factor)), [])
  const reset = useCallback(() => setView(IDENTITY), [])
  /** Brings a layout point into view, for keyboard focus on a node panned or zoomed off-screen. */
  const bringIntoView = useCallback((x: number, y: number) => setView((v) => reveal(v, x, y)), [])
  /** True while a pointer is panning, and for the click that ends a press which moved. */
  const panning = useCallback(() => drag.current !== null || travel.current.far, [])

  return {
    svgRef,
    view,
    width,
    zoomBy,
    reset,
    bringIntoView,
    panning,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  }
}
