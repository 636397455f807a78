import { memo, useMemo, useState } from 'react'
import {
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts'
import type { LoadedDataset } from '../../../dataset/get-dataset'
import type { CasualtyPoint } from '../../../dataset/select/casualties'
import { dayNumber, type BandLayout } from '../casualty-layout'
import { wrapLabel } from '../casualty-text'
import {
  chartHeight,
  dayDomain,
  frameOf,
  LINE_PX,
  MARGIN,
  ROW_PX,
  TICK_FONT,
  X_AXIS_HEIGHT,
  X_PAD,
} from '../chart-geometry'
import type { ClaimantStyle } from '../claimant-style'
import { timeTicks } from '../time-ticks'
import { renderMarkShape } from './casualty-mark'
import { CasualtyTooltip } from './casualty-tooltip'
import { MarkContext, type Hover, type MarkContextValue } from './mark-context'
import type { ChartTheme } from './use-chart-theme'

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
  theme: ChartTheme
  onSelect: (id: string) => void
}

/** Pixel geometry of the chart: axis widths, bands and lanes (from the layout), ticks and scatter data. */
function useGeometry({ points, layout, width, from, to }: Props) {
  return useMemo(() => {
    const { yAxisWidth, plotWidth, maxChars } = frameOf(width)
    const [lo, hi] = dayDomain(from, to)
    // Pad the domain rather than the axis so band shading spans the whole plot.
    const padDays = (X_PAD * (hi - lo)) / plotWidth
    // Marks in reading order (band, then lane, then date), so Tab moves top to bottom, left to right.
    const data = points
      .map((p) => ({ id: p.id, day: dayNumber(p.reported), row: layout.placements.get(p.id)!.row }))
      .sort((m, n) => m.row - n.row || m.day - n.day)
    return {
      yAxisWidth,
      maxChars,
      layout,
      data,
      domain: [lo - padDays, hi + padDays],
      ticks: timeTicks(from, to, Math.floor(plotWidth / 75)),
      bandByCentre: new Map(layout.bands.map((band) => [band.start + band.lanes / 2, band.label])),
      height: chartHeight(layout.rows),
    }
  }, [points, layout, width, from, to])
}

/**
 * Figures as marks on a time axis, one band per population, with a tooltip on hover or focus
 * (Recharts). Memoised: a filter change that leaves the figures and the axis as they were skips it.
 */
export const CasualtyChart = memo(function CasualtyChart(props: Props) {
  const { theme, width } = props
  const g = useGeometry(props)
  const [hover, setHover] = useState<Hover | null>(null)
  const byId = useMemo(() => new Map(props.points.map((p) => [p.id, p])), [props.points])
  const ctx: MarkContextValue = {
    byId,
    placements: g.layout.placements,
    styles: props.styles,
    theme,
    selected: props.selected,
    focusActive: props.focusActive,
    hover,
    setHover,
    onSelect: props.onSelect,
  }

  // Memoised so hover and selection (passed by context) never re-render the Recharts tree.
  const chart = useMemo(() => {
    const tick = ({ x, y, payload }: YAxisTickContentProps) => {
      const lines = wrapLabel(g.bandByCentre.get(Number(payload.value)) ?? '', g.maxChars)
      const top = Number(y) - ((lines.length - 1) * LINE_PX) / 2
      return (
        <text y={top} textAnchor="end" fontSize={TICK_FONT} fill={theme.fg}>
          {lines.map((line, i) => (
            <tspan key={i} x={Number(x) - 4} y={top + i * LINE_PX} dy="0.35em">
              {line}
            </tspan>
          ))}
        </text>
      )
    }
    return (
      <ScatterChart width={width} height={g.height} margin={MARGIN} accessibilityLayer={false}>
        {g.layout.bands.map((band, i) => (
          <ReferenceArea
            key={band.population}
            y1={band.start}
            y2={band.start + band.lanes}
            fill={i % 2 ? theme.bg : theme.bgSoft}
            fillOpacity={1}
            stroke="none"
          />
        ))}
        {g.layout.bands.slice(1).map((band) => (
          <ReferenceLine key={band.population} y={band.start} stroke={theme.border} />
        ))}
        <XAxis
          type="number"
          dataKey="day"
          domain={g.domain}
          ticks={g.ticks.days}
          tickFormatter={g.ticks.format}
          interval={0}
          height={X_AXIS_HEIGHT}
          stroke={theme.fgSoft}
          tick={{ fill: theme.fgSoft, fontSize: 11 }}
        />
        <YAxis
          type="number"
          dataKey="row"
          domain={[0, Math.max(1, g.layout.rows)]}
          reversed
          ticks={[...g.bandByCentre.keys()]}
          interval={0}
          width={g.yAxisWidth}
          stroke={theme.border}
          tickLine={false}
          tick={tick}
        />
        <Scatter data={g.data} isAnimationActive={false} shape={renderMarkShape} />
      </ScatterChart>
    )
  }, [g, theme, width])

  const hovered = hover && byId.get(hover.id)
  const hoveredAt = hovered && g.layout.placements.get(hovered.id)
  const plotLeft = MARGIN.left + g.yAxisWidth + X_PAD
  return (
    <div className="casualty-chart" style={{ width, height: g.height }}>
      <MarkContext value={ctx}>{chart}</MarkContext>
      {hovered && hoveredAt && (
        <CasualtyTooltip
          dataset={props.dataset}
          point={hovered}
          x={plotLeft + hoveredAt.x}
          y={MARGIN.top + hoveredAt.row * ROW_PX}
          chartWidth={width}
          chartHeight={g.height}
        />
      )}
    </div>
  )
})
