import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { useFilters } from '../../../url-state/use-url-state'
import { brokenAxis, clampDate, dayScale } from '../day-scale'
import { binLabel, type DensityBin } from '../density'
import { STRIP, layoutStrip } from '../strip-layout'
import { activeDates, formatSpan, timelineMarks, type Lane } from '../timeline-marks'
import { useBrushDrag } from '../use-brush-drag'
import { BrushWindow } from './brush-window'
import { DensityBand } from './density-band'
import { TimelineAxis } from './timeline-axis'
import { TimelineMark } from './timeline-mark'
import { useMarkFlags } from '../../../components/use-mark-flags'
import type { MarkFlags } from '../../../dataset/select/mark-flags'

/** What the tooltip is about: a mark, or one bin of a lane drawn as counts. */
type Tip = { id: string } | { lane: Lane; bin: DensityBin }

/** The strip itself at a given pixel width: axis, lanes of marks or counts, and the brushed date window. */
export function TimelineChart({ width }: { width: number }) {
  const dataset = useDataset()
  const { filters, update, linkTo } = useFilters()
  const marks = timelineMarks(dataset)
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
  const flagger = useMarkFlags()
  // Once per dataset and selection, so a range change hands each memo'd mark the same flags.
  const flags = useMemo(() => {
    const flagged = new Map<string, MarkFlags>()
    if (flagger.hasWorkspaceOnly || flagger.dispute)
      for (const m of marks) {
        const f = flagger.flags([m.id])
        if (f.note) flagged.set(m.id, f)
      }
    return flagged
  }, [marks, flagger])
  const range = {
    from: clampDate(filters.from, scale.first, scale.last),
    to: clampDate(filters.to, scale.first, scale.last),
  }
  const svg = useRef<SVGSVGElement>(null)
  const { draft, begin, xOf, handlers } = useBrushDrag(svg, scale, range, update)
  const [tip, setTip] = useState<Tip | null>(null)

  // Stable callbacks, so memoised marks and bands skip re-rendering when only the range moves.
  const showMarkTip = useCallback((id: string | null) => setTip(id ? { id } : null), [])
  // Pointer moves within one bin keep the same state, so they do not re-render the strip.
  const showBinTip = useCallback(
    (lane: Lane, bin: DensityBin | null) =>
      setTip((prev) => (prev && 'bin' in prev && prev.bin === bin ? prev : bin && { lane, bin })),
    [],
  )
  const select = useCallback(
    (id: string, selected: boolean) => update(selected ? { sel: null } : { sel: id, person: null }),
    [update],
  )
  const narrow = useCallback((b: DensityBin) => update({ from: b.from, to: b.to }), [update])
  const bandPointerDown = useCallback(
    (e: PointerEvent, tap: () => void) => begin('new', tap)(e),
    [begin],
  )

  const shown = draft ?? range
  const tipText = (): { x: number; y: number; text: string } | null => {
    if (draft) {
      const x = (scale.x(draft.from) + scale.end(draft.to)) / 2
      return { x, y: STRIP.top - 2, text: formatSpan(draft.from, draft.to) }
    }
    if (tip && 'bin' in tip) {
      const lane = layout.lanes.find((l) => l.lane === tip.lane)!
      return { x: (tip.bin.x0 + tip.bin.x1) / 2, y: lane.y0 - 1, text: binLabel(tip.lane, tip.bin) }
    }
    const p = tip && layout.marks.find((m) => m.mark.id === tip.id)
    return p ? { x: p.cx, y: p.y - STRIP.row / 2 - 3, text: p.mark.name } : null
  }
  const shownTip = tipText()

  return (
    <div className="timeline-chart" data-range={`${filters.from}..${filters.to}`}>
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
        {/* Under the window's edges, so a band across the whole lane leaves them grabbable. */}
        {layout.lanes.map((l) =>
          l.density ? (
            <DensityBand
              key={l.lane}
              lane={l}
              from={shown.from}
              to={shown.to}
              onTip={showBinTip}
              onNarrow={narrow}
              onPointerDown={bandPointerDown}
              xOf={xOf}
            />
          ) : null,
        )}
        <BrushWindow
          scale={scale}
          shown={shown}
          axisY={layout.axisY}
          begin={begin}
          update={update}
        />
        {layout.marks.map((p) => (
          <TimelineMark
            key={p.mark.id}
            placed={p}
            selected={filters.sel === p.mark.id}
            flags={flags.get(p.mark.id) ?? null}
            dimmed={p.mark.to < shown.from || p.mark.from > shown.to}
            to={p.mark.lane === 'articles' ? linkTo(`/sources/${p.mark.id}`) : null}
            onSelect={select}
            onShowTip={showMarkTip}
          />
        ))}
      </svg>
      {shownTip ? (
        <div
          className="timeline-tip"
          aria-hidden="true"
          style={{ left: Math.min(Math.max(shownTip.x, 140), width - 140), top: shownTip.y }}
        >
          {shownTip.text}
        </div>
      ) : null}
    </div>
  )
}
