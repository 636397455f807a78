/** Pan and zoom of the graph's inner group, in viewBox units: translate(x, y) scale(k). */
export interface Viewport {
  k: number
  x: number
  y: number
}

export const IDENTITY: Viewport = { k: 1, x: 0, y: 0 }
export const MIN_ZOOM = 0.5
export const MAX_ZOOM = 8
/** The graph's layout box, as built by the dataset step. */
export const BOX = { width: 1000, height: 640 } as const

/** Zooms by `factor` keeping the viewBox point (px, py) fixed on screen. */
export function zoomAt(
  v: Viewport,
  factor: number,
  px: number = BOX.width / 2,
  py: number = BOX.height / 2,
): Viewport {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k * factor))
  const ratio = k / v.k
  return { k, x: px - (px - v.x) * ratio, y: py - (py - v.y) * ratio }
}

/** Moves the view by (dx, dy) viewBox units. */
export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { k: v.k, x: v.x + dx, y: v.y + dy }
}

/** Whether a wheel event zooms the graph: with Ctrl or Cmd held, as a trackpad pinch also arrives. */
export const wheelZooms = (e: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>): boolean =>
  e.ctrlKey || e.metaKey

/** The zoom factor for one wheel event: smooth for trackpads, bounded for mouse notches. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  // deltaMode 1 counts lines, not pixels; a line is about 16 px.
  const px = deltaMode === 1 ? deltaY * 16 : deltaY
  return Math.exp(-Math.max(-100, Math.min(100, px)) * 0.002)
}

/** Converts a point on screen to viewBox units, given the SVG's on-screen rectangle. */
export function toViewBox(
  clientX: number,
  clientY: number,
  rect: { left: number; top: number; width: number; height: number },
): [number, number] {
  if (rect.width === 0 || rect.height === 0) return [BOX.width / 2, BOX.height / 2]
  return [
    ((clientX - rect.left) * BOX.width) / rect.width,
    ((clientY - rect.top) * BOX.height) / rect.height,
  ]
}

/** The `transform` attribute for a viewport. */
export function transformOf(v: Viewport): string {
  const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places
  return `translate(${round(v.x, 2)} ${round(v.y, 2)}) scale(${round(v.k, 3)})`
}

/**
 * Layout units per on-screen design unit, so labels and marks keep a readable size whatever the
 * SVG's width and zoom: grows as the SVG narrows (capped), shrinks as the user zooms in.
 */
export function markScale(svgWidthPx: number, k: number): number {
  const fit = svgWidthPx > 0 ? Math.min(2.4, Math.max(1, BOX.width / svgWidthPx) ** 0.8) : 1
  return fit / k
}

/** Pans just enough that the layout point (px, py) sits at least `margin` units inside the box. */
export function reveal(v: Viewport, px: number, py: number, margin = 60): Viewport {
  const sx = px * v.k + v.x
  const sy = py * v.k + v.y
  const shift = (s: number, size: number) =>
    s < margin ? margin - s : s > size - margin ? size - margin - s : 0
  const dx = shift(sx, BOX.width)
  const dy = shift(sy, BOX.height)
  return dx === 0 && dy === 0 ? v : panBy(v, dx, dy)
}
