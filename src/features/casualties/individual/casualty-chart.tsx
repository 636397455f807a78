import { memo, useCallback, useMemo, useState } from 'react'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { dayNumber, type BandLayout } from '../casualty-layout'
import { chartHeight, dayDomain, frameOf, MARGIN, ROW_PX, X_PAD } from '../chart-geometry'
import type { ClaimantStyle } from '../claimant-style'
import { timeTicks } from '../time-ticks'
import { AxisLabels, PlotBackdrop } from '../components/chart-axes'
import { CasualtyMark } from './casualty-mark'
import { lonelyDisputes } from '../lonely-disputes'
import { CasualtyTooltip } from '../components/casualty-tooltip'
import type { Hover } from '../components/hover'
import type { Theme } from '../../../lib/theme'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import { figureKeyOrder } from '../mark-order'
import type { MarkFlagger } from '../../../dataset/select/mark-flags'

interface Props {
  dataset: LoadedDataset
  points: CasualtyPoint[]
  /** Bands and lanes from `individualLayout`, for the same points, width and range. */
  layout: BandLayout
  width: number
  from: string
  to: string
  selected: string | null
  focusActive: boolean
  styles: Map<string, ClaimantStyle>
  theme: Theme
  /** Workspace-only and selected-dispute flags; stable per dataset and selection. */
  flagger: MarkFlagger
  onSelect: (id: string) => void
}

/** The time axis over [from, to]: ticks, and a day's pixel x inside the padded plot. */
function useTimeAxis(from: string, to: string, plotWidth: number) {
  return useMemo(() => {
    const [lo, hi] = dayDomain(from, to)
    return {
      ticks: timeTicks(from, to, Math.floor(plotWidth / 75)),
      xOfDay: (day: number) => X_PAD + ((day - lo) / (hi - lo)) * plotWidth,
    }
  }, [from, to, plotWidth])
}

/**
 * Figures as marks on a time axis, one band per population, with a tooltip on hover or focus.
 * Plain SVG: a filter change costs one pass over a dozen marks, where a charting library spent
 * tens of milliseconds in its own store. Memoised: a filter change that leaves the figures and the
 * axis as they were skips it.
 */
export const CasualtyChart = memo(function CasualtyChart(props: Props) {
  const { dataset, points, layout, width, theme, onSelect } = props
  const { yAxisWidth, plotWidth, maxChars } = frameOf(width)
  const axis = useTimeAxis(props.from, props.to, plotWidth)
  // Marks drawn in reading order (band, then lane, then date), as a screen reader's browse mode reads them.
  const marks = useMemo(
    () =>
      points
        .map((p) => ({ p, at: layout.placements.get(p.id)!, day: dayNumber(p.reported) }))
        .sort((m, n) => m.at.row - n.at.row || m.day - n.day),
    [points, layout],
  )
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points])
  // One Tab stop for the chart; the arrows go by date then value, whatever band a mark is in.
  const keyOrder = useMemo(() => figureKeyOrder(points), [points])
  const { tabKey, groupProps } = useRovingFocus(keyOrder)
  const lonely = useMemo(() => lonelyDisputes(dataset, points), [dataset, points])

  const [hover, setHover] = useState<Hover | null>(null)
  const onShow = useCallback((id: string, via: Hover['via']) => setHover({ id, via }), [])
  const onHide = useCallback((id: string) => setHover((h) => (h?.id === id ? null : h)), [])

  const height = chartHeight(layout.rows)
  const plotLeft = MARGIN.left + yAxisWidth + X_PAD
  const axes = {
    bands: layout.bands,
    rows: layout.rows,
    width,
    yAxisWidth,
    ticks: axis.ticks,
    xOfDay: axis.xOfDay,
    theme,
  }
  const hovered = hover && byId.get(hover.id)
  const hoveredAt = hovered && layout.placements.get(hovered.id)
  return (
    <div className="casualty-chart" style={{ width, height }}>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`Casualty figures: ${points.length} marks; arrow keys move between them by date`}
        {...groupProps}
      >
        <PlotBackdrop {...axes} />
        {marks.map(({ p, at }) => {
          const style = props.styles.get(p.claimant)
          if (!style) return null
          return (
            <CasualtyMark
              key={p.id}
              point={p}
              lonely={lonely.has(p.id)}
              cx={plotLeft + at.x}
              cy={MARGIN.top + at.row * ROW_PX}
              labelSide={at.labelSide}
              labelRoom={at.labelRoom}
              style={style}
              theme={theme}
              selected={props.selected === p.id}
              dimmed={props.focusActive && !p.focused}
              emphasised={props.focusActive && p.focused}
              keyboardFocus={hover?.id === p.id && hover.via === 'focus'}
              tabbable={tabKey === p.id}
              flags={props.flagger.flags([p.id])}
              onSelect={onSelect}
              onShow={onShow}
              onHide={onHide}
            />
          )
        })}
        <AxisLabels {...axes} maxChars={maxChars} hidden={false} />
      </svg>
      {hovered && hoveredAt && (
        <CasualtyTooltip
          dataset={dataset}
          point={hovered}
          x={plotLeft + hoveredAt.x}
          y={MARGIN.top + hoveredAt.row * ROW_PX}
        />
      )}
    </div>
  )
})
