import { memo } from 'react'
import { casualtyShortText, type CasualtyPoint } from '../../../dataset/select/casualties'
import { estimateTextWidth, type Placement } from '../casualty-layout'
import { MARK_RADIUS } from '../chart-geometry'
import { figureName, markLabel } from '../casualty-text'
import { MarkButton, MarkLabel, type MarkState } from '../components/mark-button'

export interface CasualtyMarkProps extends MarkState {
  point: CasualtyPoint
  /** Disputed, and every counterpart is outside the filter: the mark says so. */
  lonely: boolean
  cx: number
  cy: number
  labelSide: Placement['labelSide']
  labelRoom: Placement['labelRoom']
  onSelect: (id: string) => void
}

/**
 * One reported figure: its claimant's marker (hollow when the statement date is inferred), a dashed ring
 * when disputed, and its value as the article gives it. A focusable SVG button, so keyboards reach it.
 * Memoised on plain props, so hovering or selecting re-renders only the marks whose state changed.
 */
export const CasualtyMark = memo(function CasualtyMark(props: CasualtyMarkProps) {
  const { point, lonely, cx, cy, labelSide, labelRoom, emphasised, onSelect, ...state } = props
  const r = MARK_RADIUS
  // Short of room, the figure alone (the dashed ring still marks a dispute), then in signs.
  // The accessible name always says "counterpart outside range"; the label says it where it fits.
  const whole = [markLabel(point, lonely), markLabel(point)].find(
    (l) => estimateTextWidth(l) <= labelRoom,
  )
  const label = whole ?? fitLabel([point.valueText, casualtyShortText(point.casualty)], labelRoom)
  const right = labelSide === 'right'
  const textX = right ? cx + r + 6 : cx - r - 6
  const labelWidth = estimateTextWidth(label)
  return (
    <MarkButton
      {...state}
      id={point.id}
      name={figureName(point, lonely)}
      pressed={props.selected}
      data={{ 'data-figure': point.id }}
      cx={cx}
      cy={cy}
      r={r}
      box={{ x: right ? cx - r - 3 : textX - labelWidth - 3, width: labelWidth + 2 * r + 12 }}
      disputeRingGap={point.disputed ? 4 : null}
      hollow={point.inferred}
      strokeWidth={emphasised ? 3 : 2}
      onActivate={() => onSelect(point.id)}
    >
      <MarkLabel
        x={textX}
        cy={cy}
        anchor={right ? 'start' : 'end'}
        fontSize={11}
        bold={props.selected || emphasised}
        theme={state.theme}
      >
        {label}
      </MarkLabel>
    </MarkButton>
  )
})

/**
 * The first of `labels` (longest first) that fits in `room` pixels, else the last cut to it with an
 * ellipsis: for a plot too narrow for the label on either side. The mark's accessible name, its
 * tooltip and the data table keep the whole figure.
 */
export function fitLabel(labels: readonly [string, ...string[]], room: number): string {
  const fitting = labels.find((l) => estimateTextWidth(l) <= room)
  if (fitting !== undefined) return fitting
  const last = labels[labels.length - 1]!
  const chars = Math.max(1, Math.floor(room / estimateTextWidth('0')) - 1)
  return `${last.slice(0, chars).trimEnd()}…`
}
