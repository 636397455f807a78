import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatDay } from '../../../lib/dates'
import { dayNumber } from '../day-scale'
import { WINDOW_EDGE } from '../lane-style'
import { stepDate } from '../slider-keys'

interface BrushHandleProps {
  label: 'From' | 'To'
  value: string
  /** The limits this end may take: the span for the outer side, the other end for the inner. */
  min: string
  max: string
  /** First day of the axis; slider values count days from it. */
  origin: string
  x: number
  onChange: (date: string) => void
  onPointerDown: (e: PointerEvent) => void
}

/** One end of the brushed window: a grip above the lanes that is also a keyboard slider. */
export function BrushHandle(props: BrushHandleProps) {
  const { label, value, min, max, origin, x } = props
  // Keys can arrive faster than the URL re-renders us, so steps build on the last date asked for.
  const pending = useRef<string | null>(null)
  useEffect(() => {
    if (value === pending.current) pending.current = null
  }, [value])
  const onKeyDown = (e: KeyboardEvent) => {
    const next = stepDate(e.key, pending.current ?? value, min, max)
    if (next === null) return
    e.preventDefault()
    if (next === (pending.current ?? value)) return
    pending.current = next === value ? null : next
    props.onChange(next)
  }
  const days = (iso: string) => dayNumber(iso) - dayNumber(origin)
  return (
    <g
      className="brush-handle"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={days(min)}
      aria-valuemax={days(max)}
      aria-valuenow={days(value)}
      aria-valuetext={formatDay(value)}
      transform={`translate(${x} 0)`}
      onKeyDown={onKeyDown}
      onBlur={() => (pending.current = null)}
      onPointerDown={props.onPointerDown}
    >
      <rect
        className="focus-ring"
        x={-8}
        y={-1}
        width={16}
        height={18}
        rx={3}
        fill="none"
        strokeWidth={2}
      />
      <path
        d={label === 'From' ? 'M0 1 H-6 V13 L0 16 Z' : 'M0 1 H6 V13 L0 16 Z'}
        fill={WINDOW_EDGE}
        stroke={WINDOW_EDGE}
        strokeLinejoin="round"
      />
      <line
        x1={label === 'From' ? -3 : 3}
        x2={label === 'From' ? -3 : 3}
        y1={4}
        y2={11}
        stroke="#ffffff"
        strokeWidth={1}
      />
      <title>{`${label}: ${formatDay(value)}`}</title>
    </g>
  )
}
