import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { placeTooltip } from '../tooltip-place'

/**
 * A tooltip for the point (`x`, `y`) of the chart, in chart pixels. An invisible anchor sits at the
 * point; the tooltip itself is `position: fixed`, placed from the anchor's window position, so a
 * tooltip taller than a short chart is not cut off by the view's frame (which scrolls sideways,
 * and so clips both ways). It is placed again on scroll and resize while it shows.
 */
export function ChartTooltip({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  const anchor = useRef<HTMLSpanElement>(null)
  const tip = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ left: number; top: number } | null>(null)

  // After every render: the content, and so the size, changes with the point.
  useLayoutEffect(() => {
    const place = () => {
      if (!anchor.current || !tip.current) return
      const point = anchor.current.getBoundingClientRect()
      const size = tip.current.getBoundingClientRect()
      const next = placeTooltip(
        { x: point.left, y: point.top },
        { width: size.width, height: size.height },
        {
          width: document.documentElement.clientWidth,
          height: document.documentElement.clientHeight,
        },
      )
      setAt((cur) => (cur && cur.left === next.left && cur.top === next.top ? cur : next))
    }
    place()
    window.addEventListener('scroll', place, { capture: true, passive: true })
    window.addEventListener('resize', place)
    return () => {
      window.removeEventListener('scroll', place, { capture: true })
      window.removeEventListener('resize', place)
    }
  })

  return (
    <>
      <span
        ref={anchor}
        className="casualty-tooltip-anchor"
        style={{ left: x, top: y }}
        aria-hidden="true"
      />
      <div
        ref={tip}
        className="casualty-tooltip"
        role="tooltip"
        // Measured hidden at the corner before the first placement, so it never flashes in the wrong place.
        style={at ?? { left: 0, top: 0, visibility: 'hidden' }}
      >
        {children}
      </div>
    </>
  )
}
