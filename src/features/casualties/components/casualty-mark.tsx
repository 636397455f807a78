import { use, type KeyboardEvent } from 'react'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { markerPath, type ClaimantStyle } from '../claimant-style'
import type { Placement } from '../casualty-layout'
import { MARK_RADIUS } from '../chart-geometry'
import { figureName, markLabel } from '../casualty-text'
import { MarkContext } from './mark-context'
import type { ChartTheme } from './use-chart-theme'

export interface MarkState {
  selected: boolean
  dimmed: boolean
  emphasised: boolean
  keyboardFocus: boolean
}

export interface MarkHandlers {
  onSelect: (id: string) => void
  onShow: (id: string, via: 'pointer' | 'focus') => void
  onHide: (id: string) => void
}

/**
 * One reported figure: its claimant's marker (hollow when the statement date is inferred), a dashed ring
 * when disputed, and its value as the article gives it. A focusable SVG button, so keyboards reach it.
 */
export function CasualtyMark(
  props: {
    point: CasualtyPoint
    cx: number
    cy: number
    place: Placement
    style: ClaimantStyle
    theme: ChartTheme
    state: MarkState
  } & MarkHandlers,
) {
  const { point, cx, cy, place, style, theme, state } = props
  const r = MARK_RADIUS
  const label = markLabel(point)
  const right = place.labelSide === 'right'
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
      aria-pressed={state.selected}
      data-figure={point.id}
      opacity={state.dimmed ? 0.4 : 1}
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
        fill={state.selected ? theme.highlight : theme.bg}
        fillOpacity={state.selected ? 1 : 0}
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
        strokeWidth={state.emphasised ? 3 : 2}
        strokeLinejoin="round"
      />
      <text
        x={textX}
        y={cy}
        dy="0.35em"
        textAnchor={right ? 'start' : 'end'}
        fontSize={11}
        fontWeight={state.selected || state.emphasised ? 700 : 400}
        fill={theme.fg}
      >
        {label}
      </text>
      {(state.selected || state.keyboardFocus) && (
        <rect
          x={right ? cx - r - 4 : textX - labelWidth - 4}
          y={cy - 12}
          width={labelWidth + 2 * r + 14}
          height={24}
          rx={5}
          fill="none"
          stroke={state.keyboardFocus ? theme.focus : theme.fg}
          strokeWidth={2}
          strokeDasharray={state.keyboardFocus ? '4 2' : undefined}
        />
      )}
    </g>
  )
}

function ConnectedMark({ id, cx, cy }: { id: string; cx: number; cy: number }) {
  const ctx = use(MarkContext)
  const point = ctx?.byId.get(id)
  const place = ctx?.placements.get(id)
  const style = point && ctx?.styles.get(point.claimant)
  if (!ctx || !point || !place || !style) return null
  const state: MarkState = {
    selected: ctx.selected === id,
    dimmed: ctx.focusActive && !point.focused,
    emphasised: ctx.focusActive && point.focused,
    keyboardFocus: ctx.hover?.id === id && ctx.hover.via === 'focus',
  }
  return (
    <CasualtyMark
      point={point}
      cx={cx}
      cy={cy}
      place={place}
      style={style}
      theme={ctx.theme}
      state={state}
      onSelect={ctx.onSelect}
      onShow={(shown, via) => ctx.setHover(() => ({ id: shown, via }))}
      onHide={(hidden) => ctx.setHover((h) => (h?.id === hidden ? null : h))}
    />
  )
}

/** Recharts `shape` for the scatter: a stable function, so re-renders never remount the marks. */
export function renderMarkShape(s: { cx?: number; cy?: number; payload?: { id: string } }) {
  if (!s.payload || s.cx === undefined || s.cy === undefined) return <g />
  return <ConnectedMark id={s.payload.id} cx={s.cx} cy={s.cy} />
}
