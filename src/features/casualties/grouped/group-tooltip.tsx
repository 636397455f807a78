import type { CasualtyPoint } from '../../../dataset/select/casualties'
import type { Group } from './casualty-bins'
import { metricText } from '../casualty-text'
import { ChartTooltip } from '../components/chart-tooltip'
import { groupAction, reportedText } from './group-mark'

/** How many of the group's figures give each metric ("12 killed, 3 injured"): counts, never values. */
function metricCounts(ids: readonly string[], byId: Map<string, CasualtyPoint>): string {
  const counts = new Map<string, number>()
  for (const id of ids) {
    const p = byId.get(id)
    if (p) counts.set(metricText(p), (counts.get(metricText(p)) ?? 0) + 1)
  }
  return [...counts].map(([metric, n]) => `${n} ${metric}`).join(', ')
}

/** What a group holds, beside its mark on hover or keyboard focus. */
export function GroupTooltip(props: {
  group: Group
  byId: Map<string, CasualtyPoint>
  x: number
  y: number
}) {
  const { group: g } = props
  const n = g.ids.length
  return (
    <ChartTooltip x={props.x} y={props.y}>
      <p className="casualty-tooltip-value">{n.toLocaleString('en-US')} figures</p>
      <dl>
        <dt>Population</dt>
        <dd>{g.populationLabel}</dd>
        <dt>Claimant</dt>
        <dd>{g.claimant}</dd>
        <dt>Reported</dt>
        <dd>{reportedText(g)}</dd>
        <dt>Figures of</dt>
        <dd>{metricCounts(g.ids, props.byId)}</dd>
        {g.disputed > 0 && (
          <>
            <dt>Disputed</dt>
            <dd>{g.disputed === n ? 'all' : `${g.disputed} of ${n}`}</dd>
          </>
        )}
        {g.inferred > 0 && (
          <>
            <dt>Date inferred</dt>
            <dd>{g.inferred === n ? 'all' : `${g.inferred} of ${n}`}</dd>
          </>
        )}
      </dl>
      <p className="casualty-tooltip-hint">Values are never added up. Click to {groupAction(g)}.</p>
    </ChartTooltip>
  )
}
