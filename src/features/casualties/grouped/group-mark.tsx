import { memo } from 'react'
import type { Group } from './casualty-bins'
import { formatDay } from '../../../lib/dates'
import { MarkButton, MarkLabel, type MarkState } from '../components/mark-button'

const R_MIN = 2.5
const R_MAX = 7

/** Marker radius for a group: area in proportion to how many figures it holds, against the largest group. */
export const groupRadius = (count: number, maxCount: number) =>
  Math.max(R_MIN, R_MAX * Math.sqrt(count / Math.max(1, maxCount)))

/** The count as it is up to 999, then "1.2k", so it fits beside its mark. */
const countText = (n: number) =>
  n < 1000 ? String(n) : `${(Math.round(n / 100) / 10).toLocaleString('en-US')}k`

/** "3 Jan 2024 to 24 Jan 2024", the span of the group's report dates. */
export const reportedText = (g: Group) =>
  g.firstReported === g.lastReported
    ? formatDay(g.firstReported)
    : `${formatDay(g.firstReported)} to ${formatDay(g.lastReported)}`

/** What activating the mark does: narrow the dates, or show the table when they cannot narrow further. */
export function groupAction(g: Group): string {
  return g.narrows
    ? `narrow the dates to ${formatDay(g.range.from)} – ${formatDay(g.range.to)}`
    : 'show every figure in the data table'
}

/** The accessible name of a group of several figures. */
export function groupName(g: Group, holdsSelected: boolean): string {
  const selected = holdsSelected ? ', includes the selected figure' : ''
  const disputed = g.disputed ? `, ${g.disputed} disputed` : ''
  return `${g.claimant}: ${g.ids.length} figures, ${g.populationLabel}, reported ${reportedText(g)}${disputed}${selected}; activate to ${groupAction(g)}`
}

export interface GroupMarkProps extends MarkState {
  group: Group
  name: string
  cx: number
  cy: number
  r: number
  onActivate: (g: Group) => void
}

/**
 * One group: its claimant's marker sized by its count, the count beside it, hollow when every
 * statement date is inferred and ringed when it holds a disputed figure. A focusable SVG button.
 * Memoised, so hovering or selecting re-renders only the marks whose state changed.
 */
export const GroupMark = memo(function GroupMark(p: GroupMarkProps) {
  const { group: g, name, cx, cy, r, emphasised, onActivate, ...state } = p
  const count = g.ids.length
  const label = countText(count)
  const labelWidth = label.length * 6
  // Clear of the dashed ring when there is one.
  const labelX = cx + r + (g.disputed > 0 ? 5 : 3)
  return (
    <MarkButton
      {...state}
      id={g.key}
      name={name}
      pressed={count === 1 ? p.selected : undefined}
      data={{ 'data-group': g.key }}
      cx={cx}
      cy={cy}
      r={r}
      box={{ x: cx - r - 3, width: labelX + labelWidth + 3 - (cx - r - 3) }}
      disputeRingGap={g.disputed > 0 ? 3 : null}
      hollow={g.inferred === count}
      strokeWidth={emphasised ? 2.5 : 1.5}
      onActivate={() => onActivate(g)}
    >
      <MarkLabel
        x={labelX}
        cy={cy}
        fontSize={10}
        bold={p.selected || emphasised}
        theme={state.theme}
      >
        {label}
      </MarkLabel>
    </MarkButton>
  )
})
