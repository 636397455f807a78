import { memo, type KeyboardEvent } from 'react'
import type { Group } from '../casualty-bins'
import { markerPath, type ClaimantStyle } from '../claimant-style'
import { formatDay } from '../../../lib/dates'
import type { ChartTheme } from './use-chart-theme'

const R_MIN = 2.5
const R_MAX = 7

/** Marker radius for a group: area in proportion to how many figures it holds, against the largest group. */
export const groupRadius = (count: number, maxCount: number) =>
  Math.max(R_MIN, R_MAX * Math.sqrt(count / Math.max(1, maxCount)))

/** The count as it is up to 999, then "1.2k", so it fits beside its mark. */
export const countText = (n: number) =>
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

export interface GroupMarkProps {
  group: Group
  name: string
  cx: number
  cy: number
  r: number
  style: ClaimantStyle
  theme: ChartTheme
  selected: boolean
  dimmed: boolean
  emphasised: boolean
  keyboardFocus: boolean
  onActivate: (g: Group) => void
  onShow: (key: string, via: 'pointer' | 'focus') => void
  onHide: (key: string) => void
}

/**
 * One group: its claimant's marker sized by its count, the count beside it, hollow when every
 * statement date is inferred and ringed when it holds a disputed figure. A focusable SVG button.
 * Memoised, so hovering or selecting re-renders only the marks whose state changed.
 */
export const GroupMark = memo(function GroupMark(p: GroupMarkProps) {
  const { group: g, cx, cy, r, style, theme } = p
  const count = g.ids.length
  const label = countText(count)
  const labelWidth = label.length * 6
  // Clear of the dashed ring when there is one.
  const labelX = cx + r + (g.disputed > 0 ? 5 : 3)
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    p.onActivate(g)
  }
  const box = { x: cx - r - 3, width: labelX + labelWidth + 3 - (cx - r - 3) }
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={p.name}
      aria-pressed={count === 1 ? p.selected : undefined}
      data-group={g.key}
      opacity={p.dimmed ? 0.4 : 1}
      cursor="pointer"
      onClick={() => p.onActivate(g)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => p.onShow(g.key, 'pointer')}
      onMouseLeave={() => p.onHide(g.key)}
      onFocus={() => p.onShow(g.key, 'focus')}
      onBlur={() => p.onHide(g.key)}
    >
      <rect
        x={box.x}
        y={cy - 11}
        width={box.width}
        height={22}
        rx={4}
        fill={p.selected ? theme.highlight : theme.bg}
        fillOpacity={p.selected ? 1 : 0}
      />
      {g.disputed > 0 && (
        <circle
          cx={cx}
          cy={cy}
          r={r + 3}
          fill="none"
          stroke={theme.disputed}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      )}
      <path
        d={markerPath(style.shape, cx, cy, r)}
        fill={style.colour}
        fillOpacity={g.inferred === count ? 0.15 : 1}
        stroke={style.colour}
        strokeWidth={p.emphasised ? 2.5 : 1.5}
        strokeLinejoin="round"
      />
      <text
        x={labelX}
        y={cy}
        dy="0.35em"
        fontSize={10}
        fontWeight={p.selected || p.emphasised ? 700 : 400}
        fill={theme.fg}
      >
        {label}
      </text>
      {(p.selected || p.keyboardFocus) && (
        <rect
          x={box.x - 1}
          y={cy - 12}
          width={box.width + 2}
          height={24}
          rx={5}
          fill="none"
          stroke={p.keyboardFocus ? theme.focus : theme.fg}
          strokeWidth={2}
          strokeDasharray={p.keyboardFocus ? '4 2' : undefined}
        />
      )}
    </g>
  )
})
