import { memo, type KeyboardEvent } from 'react'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { markerPath, type ClaimantStyle } from '../claimant-style'
import type { Placement } from '../casualty-layout'
import { MARK_RADIUS } from '../chart-geometry'
import { figureName, markLabel } from '../casualty-text'
import type { ChartTheme } from './use-chart-theme'

export interface CasualtyMarkProps {
  point: CasualtyPoint
  cx: number
  cy: number
  labelSide: Placement['labelSide']
  style: ClaimantStyle
  theme: ChartTheme
  selected: boolean
  dimmed: boolean
  emphasised: boolean
  keyboardFocus: boolean
  onSelect: (id: string) => void
  onShow: (id: string, via: 'pointer' | 'focus') => void
  onHide: (id: string) => void
}

/**
 * One reported figure: its claimant's marker (hollow when the statement date is inferred), a dashed ring
 * when disputed, and its value as the article gives it. A focusable SVG button, so keyboards reach it.
 * Memoised on plain props, so hovering or selecting re-renders only the marks whose state changed.
 */
export const CasualtyMark = memo(function CasualtyMark(props: CasualtyMarkProps) {
  const { point, cx, cy, style, theme } = props
  const r = MARK_RADIUS
  const label = markLabel(point)
  const right = props.labelSide === 'right'
  const textX = right ? cx + r + 6 : cx - r - 6
  const labelWidth = label.length * 6.6
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    props.onSelect(point.id)
  }
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={figureName(point)}
      aria-pressed={props.selected}
      data-figure={point.id}
      opacity={props.dimmed ? 0.4 : 1}
      cursor="pointer"
      onClick={() => props.onSelect(point.id)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => props.onShow(point.id, 'pointer')}
      onMouseLeave={() => props.onHide(point.id)}
      onFocus={() => props.onShow(point.id, 'focus')}
      onBlur={() => props.onHide(point.id)}
    >
      {/* A transparent hit area covering mark and label, so the label is clickable too. */}
      <rect
        x={right ? cx - r - 3 : textX - labelWidth - 3}
        y={cy - 11}
        width={labelWidth + 2 * r + 12}
        height={22}
        rx={4}
        fill={props.selected ? theme.highlight : theme.bg}
        fillOpacity={props.selected ? 1 : 0}
      />
      {point.disputed && (
        <circle
          cx={cx}
          cy={cy}
          r={r + 4}
          fill="none"
          stroke={theme.disputed}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      )}
      <path
        d={markerPath(style.shape, cx, cy, r)}
        fill={style.colour}
        fillOpacity={point.inferred ? 0.15 : 1}
        stroke={style.colour}
        strokeWidth={props.emphasised ? 3 : 2}
        strokeLinejoin="round"
      />
      <text
        x={textX}
        y={cy}
        dy="0.35em"
        textAnchor={right ? 'start' : 'end'}
        fontSize={11}
        fontWeight={props.selected || props.emphasised ? 700 : 400}
        fill={theme.fg}
      >
        {label}
      </text>
      {(props.selected || props.keyboardFocus) && (
        <rect
          x={right ? cx - r - 4 : textX - labelWidth - 4}
          y={cy - 12}
          width={labelWidth + 2 * r + 14}
          height={24}
          rx={5}
          fill="none"
          stroke={props.keyboardFocus ? theme.focus : theme.fg}
          strokeWidth={2}
          strokeDasharray={props.keyboardFocus ? '4 2' : undefined}
        />
      )}
    </g>
  )
})
