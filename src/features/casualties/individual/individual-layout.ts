import type { CasualtyPoint } from '../../../dataset/select/casualties'
import type { BandLayout } from '../casualty-layout'
import { markLayout } from '../chart-geometry'

/** Above this many figures in range the chart draws groups without trying one mark each. */
export const GROUP_ABOVE = 400
/** A band needing more lanes than this to keep labels apart is a stack to scroll, not to read: group. */
export const MAX_LANES = 6

/**
 * The one-mark-per-figure layout when it stays readable (at most GROUP_ABOVE figures and MAX_LANES
 * lanes in every band), else null: the chart then draws groups.
 */
export function individualLayout(
  points: readonly CasualtyPoint[],
  o: Parameters<typeof markLayout>[1],
): BandLayout | null {
  if (points.length > GROUP_ABOVE) return null
  const layout = markLayout(points, o)
  return layout.bands.every((b) => b.lanes <= MAX_LANES) ? layout : null
}
