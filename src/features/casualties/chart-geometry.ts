import type { CasualtyPoint } from '../../dataset/select/casualties'
import { dayNumber, layoutBands, type BandLayout } from './casualty-layout'
import { markLabel, wrapLabel } from './casualty-text'

/** Height of one lane; a band is a whole number of lanes. */
export const ROW_PX = 28
/** Room left and right of the plot so marks on the first and last day are not cut. */
export const X_PAD = 12
export const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 }
const X_AXIS_HEIGHT = 28
export const TICK_FONT = 11.5
export const LINE_PX = 13
export const MARK_RADIUS = 6

/** The chart's horizontal frame for a width: the population axis, the plot, and the label wrapping. */
export function frameOf(width: number) {
  const yAxisWidth = Math.round(Math.min(210, Math.max(120, width * 0.36)))
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right - yAxisWidth - 2 * X_PAD)
  const maxChars = Math.floor((yAxisWidth - 10) / (TICK_FONT * 0.58))
  const minRows = (label: string) =>
    Math.ceil((wrapLabel(label, maxChars).length * LINE_PX + 4) / ROW_PX)
  return { yAxisWidth, plotWidth, maxChars, minRows }
}

/** The axis range in day numbers; a one-day range is widened by a day each side. */
export function dayDomain(from: string, to: string): [number, number] {
  const [a, b] = [dayNumber(from), dayNumber(to)]
  return a === b ? [a - 1, b + 1] : [a, b]
}

/** Total SVG height for a number of lanes. */
export const chartHeight = (rows: number) =>
  rows * ROW_PX + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT

/** Bands and lanes for one labelled mark per figure, at this width over this axis range. */
export function markLayout(
  points: readonly CasualtyPoint[],
  o: { order: readonly string[]; width: number; from: string; to: string },
): BandLayout {
  const { plotWidth, minRows } = frameOf(o.width)
  return layoutBands(
    points.map((p) => ({ ...p, label: markLabel(p) })),
    { order: o.order, from: o.from, to: o.to, plotWidth, markRadius: MARK_RADIUS, minRows },
  )
}
