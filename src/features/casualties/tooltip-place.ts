/** Where a tooltip goes in the window, given the point it describes. Pure, so it can be tested. */

export interface Size {
  width: number
  height: number
}

/** Space kept between the point and the tooltip, and between the tooltip and the window's edge. */
const GAP = 14
const MARGIN = 8

/**
 * Right of and below the point where the tooltip fits, else left of or above it; where it fits on
 * neither side (a tooltip taller than the room above and below), the side with more room, pulled
 * back inside the window. Window coordinates, for `position: fixed`: the tooltip must not be cut
 * off by the chart's frame, which scrolls and so clips what overflows it.
 */
export function placeTooltip(point: { x: number; y: number }, tip: Size, window: Size) {
  return {
    left: along(point.x, tip.width, window.width),
    top: along(point.y, tip.height, window.height),
  }
}

function along(at: number, size: number, room: number): number {
  const after = at + GAP
  const before = at - GAP - size
  if (after + size <= room - MARGIN) return after
  if (before >= MARGIN) return before
  const start = room - at > at ? after : before
  return Math.max(MARGIN, Math.min(start, room - MARGIN - size))
}
