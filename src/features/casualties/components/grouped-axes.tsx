import { memo } from 'react'
import type { Band } from '../casualty-layout'
import { wrapLabel } from '../casualty-text'
import { LINE_PX, MARGIN, ROW_PX, TICK_FONT } from '../chart-geometry'
import type { TimeTicks } from '../time-ticks'
import type { ChartTheme } from './use-chart-theme'

/**
 * Band shading, population labels and the time axis in plain SVG, drawn where the Recharts version
 * of the chart draws them, so both modes read alike.
 */
export const GroupedAxes = memo(function GroupedAxes(props: {
  bands: Band[]
  rows: number
  width: number
  yAxisWidth: number
  maxChars: number
  ticks: TimeTicks
  xOfDay: (day: number) => number
  theme: ChartTheme
}) {
  const { bands, theme } = props
  const left = MARGIN.left + props.yAxisWidth
  const right = props.width - MARGIN.right
  const yOf = (row: number) => MARGIN.top + row * ROW_PX
  const bottom = yOf(props.rows)
  return (
    <g aria-hidden="true">
      {bands.map((band, i) => (
        <rect
          key={band.population}
          x={left}
          y={yOf(band.start)}
          width={right - left}
          height={band.lanes * ROW_PX}
          fill={i % 2 ? theme.bg : theme.bgSoft}
        />
      ))}
      {bands.slice(1).map((band) => (
        <line
          key={band.population}
          x1={left}
          x2={right}
          y1={yOf(band.start)}
          y2={yOf(band.start)}
          stroke={theme.border}
        />
      ))}
      {bands.map((band) => {
        const lines = wrapLabel(band.label, props.maxChars)
        const top = yOf(band.start + band.lanes / 2) - ((lines.length - 1) * LINE_PX) / 2
        return (
          <text key={band.population} textAnchor="end" fontSize={TICK_FONT} fill={theme.fg}>
            {lines.map((line, i) => (
              <tspan key={i} x={left - 12} y={top + i * LINE_PX} dy="0.35em">
                {line}
              </tspan>
            ))}
          </text>
        )
      })}
      <line x1={left} x2={left} y1={MARGIN.top} y2={bottom} stroke={theme.border} />
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={theme.fgSoft} />
      {props.ticks.days.map((day) => {
        const x = left + props.xOfDay(day)
        return (
          <g key={day}>
            <line x1={x} x2={x} y1={bottom} y2={bottom + 6} stroke={theme.fgSoft} />
            <text
              x={x}
              y={bottom + 8}
              dy="0.71em"
              textAnchor="middle"
              fontSize={11}
              fill={theme.fgSoft}
            >
              {props.ticks.format(day)}
            </text>
          </g>
        )
      })}
    </g>
  )
})
