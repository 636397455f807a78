import type { PointerEvent } from 'react'
import type { DateRange, DragMode } from '../brush-range'
import type { DayScale } from '../day-scale'
import { WINDOW_EDGE, WINDOW_FILL } from '../lane-style'
import { STRIP } from '../strip-layout'
import { BrushHandle } from './brush-handle'

interface BrushWindowProps {
  scale: DayScale
  /** The window shown: the filter's range, or the draft while dragging. */
  shown: DateRange
  axisY: number
  begin: (mode: DragMode) => (e: PointerEvent) => void
  update: (patch: Partial<DateRange>) => void
}

/** The brushed date window: its tinted band, grabbable edges, and the From/To handles (keyboard sliders). */
export function BrushWindow({ scale, shown, axisY, begin, update }: BrushWindowProps) {
  const wx0 = scale.x(shown.from)
  const wx1 = scale.end(shown.to)
  const top = STRIP.top - 2
  const edge = (x: number, mode: DragMode) => (
    <rect
      x={x - 4}
      y={top}
      width={8}
      height={axisY - top}
      fill="transparent"
      className="brush-edge"
      onPointerDown={begin(mode)}
    />
  )
  return (
    <>
      <rect
        x={wx0}
        y={top}
        width={Math.max(1, wx1 - wx0)}
        height={axisY - top}
        fill={WINDOW_FILL}
        fillOpacity={0.2}
        stroke={WINDOW_EDGE}
        strokeWidth={1}
        pointerEvents="none"
      />
      {edge(wx0, 'from')}
      {edge(wx1, 'to')}
      <BrushHandle
        label="From"
        value={shown.from}
        min={scale.first}
        max={shown.to}
        origin={scale.first}
        x={wx0}
        onChange={(from) => update({ from })}
        onPointerDown={begin('from')}
      />
      <BrushHandle
        label="To"
        value={shown.to}
        min={shown.from}
        max={scale.last}
        origin={scale.first}
        x={wx1}
        onChange={(to) => update({ to })}
        onPointerDown={begin('to')}
      />
    </>
  )
}
