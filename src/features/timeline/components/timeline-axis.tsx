import { memo, useId } from 'react'
import { formatDay } from '../../../lib/dates'
import { axisTicks } from '../axis-ticks'
import { isoOfDay, type DayScale } from '../day-scale'
import type { StripLayout } from '../strip-layout'

/** Lane names and separators, hatched compressed stretches, and the date axis with its ticks (memoised: range changes skip it). */
export const TimelineAxis = memo(function TimelineAxis({
  scale,
  layout,
  width,
}: {
  scale: DayScale
  layout: StripLayout
  width: number
}) {
  const hatch = useId()
  const ticks = axisTicks(scale, { min: 4, max: width - 2 })
  const xOf = scale.xOfDay
  return (
    <g className="timeline-axis" aria-hidden="true" pointerEvents="none">
      <defs>
        <pattern
          id={hatch}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line
            x1={0}
            y1={0}
            x2={0}
            y2={6}
            stroke="#8a93a3"
            strokeWidth={1.5}
            strokeOpacity={0.45}
          />
        </pattern>
      </defs>
      {layout.lanes.map((l, i) => (
        <g key={l.lane}>
          {i > 0 ? (
            <line
              x1={4}
              x2={scale.x1}
              y1={l.y0}
              y2={l.y0}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
          ) : null}
          <text
            x={scale.x0 - 8}
            y={(l.y0 + l.y1) / 2}
            dy="0.35em"
            textAnchor="end"
            fontSize={11}
            fill="currentColor"
          >
            {l.label}
          </text>
        </g>
      ))}
      {scale.segments
        .filter((s) => s.compressed)
        .map((s) => (
          <g key={s.start}>
            <rect
              x={xOf(s.start)}
              y={layout.lanes[0]!.y0}
              width={xOf(s.end) - xOf(s.start)}
              height={layout.axisY - layout.lanes[0]!.y0}
              fill={`url(#${hatch})`}
            />
            <path
              d={`M${xOf(s.start) + 2} ${layout.axisY + 4}l4 -8M${xOf(s.end) - 6} ${layout.axisY + 4}l4 -8`}
              stroke="currentColor"
              strokeWidth={1.2}
            />
            <title>{`Axis compressed: nothing dated ${formatDay(isoOfDay(s.start))} – ${formatDay(isoOfDay(s.end - 1))}`}</title>
          </g>
        ))}
      <line
        x1={scale.x0}
        x2={scale.x1}
        y1={layout.axisY}
        y2={layout.axisY}
        stroke="currentColor"
        strokeOpacity={0.6}
      />
      {ticks.map((t) => (
        <g key={t.date}>
          <line
            x1={t.x}
            x2={t.x}
            y1={layout.axisY}
            y2={layout.axisY + 4}
            stroke="currentColor"
            strokeOpacity={0.6}
          />
          <text
            x={t.x}
            y={layout.axisY + 15}
            textAnchor="middle"
            fontSize={10.5}
            fill="currentColor"
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
})
