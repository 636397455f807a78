import { memo } from 'react'
import type { Band } from '../casualty-layout'
import { wrapLabel } from '../casualty-text'
import { LINE_PX, MARGIN, ROW_PX, TICK_FONT } from '../chart-geometry'
import type { TimeTicks } from '../time-ticks'
import type { Theme } from '../../../lib/theme'

export interface AxesProps {
  bands: Band[]
  rows: number
  width: number
  yAxisWidth: number
  ticks: TimeTicks
  /** Pixel x of a day within the plot (0 at the population axis). */
  xOfDay: (day: number) => number
  theme: Theme
}

const yOf = (row: number) => MARGIN.top + row * ROW_PX
const plotLeft = (p: AxesProps) => MARGIN.left + p.yAxisWidth

/**
 * What lies under the marks: band shading, band separators, both axis lines and the date tick
 * marks. Shapes only, so assistive technology has nothing to read here.
 */
export const PlotBackdrop = memo(function PlotBackdrop(props: AxesProps) {
  const { bands, theme } = props
  const left = plotLeft(props)
  const right = props.width - MARGIN.right
  const bottom = yOf(props.rows)
  return (
    <g>
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
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={theme.fgSoft} />
      {props.ticks.days.map((day) => {
        const x = left + props.xOfDay(day)
        return <line key={day} x1={x} x2={x} y1={bottom} y2={bottom + 6} stroke={theme.fgSoft} />
      })}
      <line x1={left} x2={left} y1={MARGIN.top} y2={bottom} stroke={theme.border} />
    </g>
  )
})

/**
 * Population labels (wrapped to the axis width) and date labels, drawn after the marks so a long
 * mark label never covers them. `hidden` keeps them from assistive technology where the marks'
 * names already say everything.
 */
export const AxisLabels = memo(function AxisLabels(
  props: AxesProps & { maxChars: number; hidden: boolean },
) {
  const { theme } = props
  const left = plotLeft(props)
  const bottom = yOf(props.rows)
  return (
    <g aria-hidden={props.hidden || undefined}>
      {props.ticks.days.map((day) => (
        <text
          key={day}
          x={left + props.xOfDay(day)}
          y={bottom + 8}
          dy="0.71em"
          textAnchor="middle"
          fontSize={11}
          fill={theme.fgSoft}
        >
          {props.ticks.format(day)}
        </text>
      ))}
      {props.bands.map((band) => {
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
    </g>
  )
})
