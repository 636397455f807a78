import { useMemo, useRef, useState } from 'react'
import { useDataset } from '../../../dataset/get-dataset'
import { useFilters } from '../../../lib/use-filters'
import { brokenAxis, clampDate, dayScale } from '../day-scale'
import { WINDOW_EDGE, WINDOW_FILL } from '../lane-style'
import { STRIP, layoutStrip } from '../strip-layout'
import { activeDates, formatSpan, timelineMarks } from '../timeline-marks'
import { useBrushDrag } from '../use-brush-drag'
import { BrushHandle } from './brush-handle'
import { TimelineAxis } from './timeline-axis'
import { TimelineMark } from './timeline-mark'

/** The strip itself at a given pixel width: axis, lanes of marks, and the brushed date window. */
export function TimelineChart({ width }: { width: number }) {
  const dataset = useDataset()
  const { filters, update, linkTo } = useFilters()
  const marks = useMemo(() => timelineMarks(dataset), [dataset])
  // A broken axis: the 11 empty months between Oct 2023 and late Sep 2024 shrink to a hatched strip, so days stay readable.
  const segments = useMemo(
    () => brokenAxis(dataset.derived.span, activeDates(marks)),
    [dataset, marks],
  )
  const scale = useMemo(
    () => dayScale(segments, STRIP.gutter, width - STRIP.right),
    [segments, width],
  )
  const layout = useMemo(() => layoutStrip(marks, scale), [marks, scale])
  const range = {
    from: clampDate(filters.from, scale.first, scale.last),
    to: clampDate(filters.to, scale.first, scale.last),
  }
  const svg = useRef<SVGSVGElement>(null)
  const { draft, begin, handlers } = useBrushDrag(svg, scale, range, (r) => update(r))
  const [tipId, setTipId] = useState<string | null>(null)

  const shown = draft ?? range
  const wx0 = scale.x(shown.from)
  const wx1 = scale.end(shown.to)
  const top = STRIP.top - 2
  const tipMark = layout.marks.find((m) => m.id === tipId)
  const tip = draft
    ? { x: (wx0 + wx1) / 2, y: top, text: formatSpan(draft.from, draft.to) }
    : tipMark
      ? { x: tipMark.cx, y: tipMark.y - STRIP.row / 2 - 3, text: tipMark.name }
      : null

  return (
    <div className="timeline-chart">
      <svg
        ref={svg}
        role="group"
        aria-label="Events, meetings and articles by date"
        width={width}
        height={layout.height}
        className="timeline-svg"
        {...handlers}
      >
        <rect
          x={STRIP.gutter}
          y={0}
          width={scale.x1 - scale.x0}
          height={layout.height}
          fill="transparent"
          className="brush-area"
          onPointerDown={begin('new')}
        />
        <TimelineAxis scale={scale} layout={layout} width={width} />
        <rect
          x={wx0}
          y={top}
          width={Math.max(1, wx1 - wx0)}
          height={layout.axisY - top}
          fill={WINDOW_FILL}
          fillOpacity={0.2}
          stroke={WINDOW_EDGE}
          strokeWidth={1}
          pointerEvents="none"
        />
        <rect
          x={wx0 - 4}
          y={top}
          width={8}
          height={layout.axisY - top}
          fill="transparent"
          className="brush-edge"
          onPointerDown={begin('from')}
        />
        <rect
          x={wx1 - 4}
          y={top}
          width={8}
          height={layout.axisY - top}
          fill="transparent"
          className="brush-edge"
          onPointerDown={begin('to')}
        />
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
        {layout.marks.map((m) => (
          <TimelineMark
            key={m.id}
            mark={m}
            selected={filters.sel === m.id}
            dimmed={m.to < shown.from || m.from > shown.to}
            to={m.lane === 'articles' ? linkTo(`/sources/${m.id}`) : null}
            onSelect={() =>
              update(filters.sel === m.id ? { sel: null } : { sel: m.id, person: null })
            }
            onShowTip={setTipId}
          />
        ))}
      </svg>
      {tip ? (
        <div
          className="timeline-tip"
          aria-hidden="true"
          style={{ left: Math.min(Math.max(tip.x, 140), width - 140), top: tip.y }}
        >
          {tip.text}
        </div>
      ) : null}
    </div>
  )
}
