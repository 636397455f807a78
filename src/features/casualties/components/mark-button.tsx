import type { KeyboardEvent, ReactNode } from 'react'
import { markerPath, type ClaimantStyle } from '../claimant-style'
import type { Theme } from '../../../lib/theme'
import { ROVING_KEY } from '../../../lib/use-roving-focus'
import { flagClasses, type MarkFlags } from '../../../dataset/select/mark-flags'

/** What a figure mark and a group mark share: an SVG button with its claimant's marker. */
export interface MarkButtonProps {
  /** Key passed back to onShow/onHide. */
  id: string
  name: string
  /** aria-pressed; undefined for a control that does not toggle. */
  pressed: boolean | undefined
  /** data-* attributes that identify the mark to tests and exports. */
  data: Record<`data-${string}`, string>
  cx: number
  cy: number
  r: number
  /** The hit area and highlight: from x, this wide, around the marker and its label. */
  box: { x: number; width: number }
  /** How far outside the marker the dashed dispute ring sits; null when nothing is disputed. */
  disputeRingGap: number | null
  hollow: boolean
  strokeWidth: number
  style: ClaimantStyle
  theme: Theme
  selected: boolean
  dimmed: boolean
  keyboardFocus: boolean
  /** The chart's one Tab stop (roving tabindex): the arrow keys move between marks. */
  tabbable: boolean
  /** Workspace-only and selected-dispute flags (mark-flags.ts); absent: none. */
  flags?: MarkFlags
  onActivate: () => void
  onShow: (id: string, via: 'pointer' | 'focus') => void
  onHide: (id: string) => void
  /** The label beside the marker. */
  children: ReactNode
}

/** What a chart hands each mark in either mode: its claimant's style, its state, the tooltip callbacks. */
export type MarkState = Pick<
  MarkButtonProps,
  | 'style'
  | 'theme'
  | 'selected'
  | 'dimmed'
  | 'keyboardFocus'
  | 'tabbable'
  | 'flags'
  | 'onShow'
  | 'onHide'
> & {
  /** Drawn bolder: an actor is in focus and the mark matches it. */
  emphasised: boolean
}

/** The text beside a marker (a figure or a count), bold when the mark is selected or emphasised. */
export function MarkLabel(p: {
  x: number
  cy: number
  anchor?: 'start' | 'end'
  fontSize: number
  bold: boolean
  theme: Theme
  children: string
}) {
  return (
    <text
      x={p.x}
      y={p.cy}
      dy="0.35em"
      textAnchor={p.anchor}
      fontSize={p.fontSize}
      fontWeight={p.bold ? 700 : 400}
      fill={p.theme.fg}
    >
      {p.children}
    </text>
  )
}

/**
 * A focusable SVG button: highlight and hit area (so the label is clickable too), dispute ring,
 * marker (hollow when its dates are inferred), label, and the selection or keyboard-focus ring.
 */
export function MarkButton(p: MarkButtonProps) {
  const { cx, cy, r, box, theme } = p
  const inDispute = !!p.flags?.disputeSides.length
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    p.onActivate()
  }
  return (
    <g
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      {...{ [ROVING_KEY]: p.id }}
      aria-label={p.name}
      aria-pressed={p.pressed}
      aria-description={p.flags?.note ?? undefined}
      className={p.flags ? flagClasses(p.flags) || undefined : undefined}
      {...p.data}
      opacity={p.dimmed ? 0.4 : 1}
      cursor="pointer"
      onClick={p.onActivate}
      onKeyDown={onKeyDown}
      onMouseEnter={() => p.onShow(p.id, 'pointer')}
      onMouseLeave={() => p.onHide(p.id)}
      onFocus={() => p.onShow(p.id, 'focus')}
      onBlur={() => p.onHide(p.id)}
    >
      <rect
        x={box.x}
        y={cy - 11}
        width={box.width}
        height={22}
        rx={4}
        fill={p.selected || inDispute ? theme.highlight : theme.bg}
        fillOpacity={p.selected || inDispute ? 1 : 0}
        stroke={inDispute ? theme.focus : 'none'}
        strokeWidth={inDispute ? 2 : 0}
      />
      {p.flags?.workspaceOnly && (
        <circle
          cx={cx}
          cy={cy}
          r={r + (p.disputeRingGap ?? 0) + 3}
          fill="none"
          stroke={theme.accent}
          strokeWidth={1.5}
          strokeDasharray="1 2"
          className="mark-flag-ring"
        />
      )}
      {p.disputeRingGap !== null && (
        <circle
          cx={cx}
          cy={cy}
          r={r + p.disputeRingGap}
          fill="none"
          stroke={theme.disputed}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      )}
      <path
        d={markerPath(p.style.shape, cx, cy, r)}
        fill={p.style.colour}
        fillOpacity={p.hollow ? 0.15 : 1}
        stroke={p.style.colour}
        strokeWidth={p.strokeWidth}
        strokeLinejoin="round"
      />
      {p.children}
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
}
