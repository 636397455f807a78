import type { Lane } from './timeline-marks'

/** Mid-tone colours with at least 3:1 contrast on both the light and the dark background. */
export const LANE_COLOUR: Record<Lane, string> = {
  events: '#e8590c',
  meetings: '#3b7dd8',
  articles: '#2f9e44',
}

/** The brushed window and compressed stretches: a neutral slate that reads in both themes. */
export const WINDOW_FILL = '#7d8fb0'
export const WINDOW_EDGE = '#5f7396'

/** SVG paint for a mark: solid when the date is stated, faded and dashed when inferred, hollow when planned. */
export function markPaint(lane: Lane, inferred: boolean, planned: boolean) {
  const colour = LANE_COLOUR[lane]
  return {
    fill: planned ? 'none' : colour,
    fillOpacity: inferred ? 0.3 : 1,
    stroke: colour,
    strokeWidth: 1.5,
    strokeDasharray: inferred ? '2 1.5' : undefined,
  }
}
