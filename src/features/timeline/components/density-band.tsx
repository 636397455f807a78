import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { barsPath, binAt, binLabel, type DensityBin } from '../density'
import { LANE_COLOUR } from '../lane-style'
import { slideTo } from '../../../lib/key-steps'
import { STRIP, type StripLane } from '../strip-layout'

interface DensityBandProps {
  lane: StripLane
  /** The window: bins wholly outside it are dimmed, as marks are. */
  from: string
  to: string
  /** Shows (or, with null, hides) the tooltip for a bin of this lane. */
  onTip: (lane: StripLane['lane'], bin: DensityBin | null) => void
  /** Narrows the date range to a bin. */
  onNarrow: (bin: DensityBin) => void
  /** Starts a brush drag that narrows to `tap`'s bin if the pointer is released without moving. */
  onPointerDown: (e: PointerEvent, tap: () => void) => void
  /** x of a pointer event in the strip's coordinates. */
  xOf: (e: PointerEvent) => number
}

/**
 * A lane too crowded for one mark per record: one path of bars, a bar's height the count of its
 * bin. It is one slider over the bins for the keyboard (arrows pick a bin, Enter narrows to it).
 */
export const DensityBand = memo(function DensityBand(props: DensityBandProps) {
  const { lane, from, to, onTip, onNarrow } = props
  const band = lane.density!
  const { bins } = band
  // The bin the keyboard is on: until moved, the first one in the window.
  const [picked, setPicked] = useState<number | null>(null)
  const baseY = lane.y1 - STRIP.lanePad
  const height = lane.y1 - lane.y0 - 2 * STRIP.lanePad
  const paths = useMemo(
    () => ({
      lit: barsPath(band, baseY, height, (b) => b.to >= from && b.from <= to),
      dim: barsPath(band, baseY, height, (b) => b.to < from || b.from > to),
    }),
    [band, baseY, height, from, to],
  )
  const firstInWindow = Math.max(
    0,
    bins.findIndex((b) => b.to >= from),
  )
  const active = Math.min(picked ?? firstInWindow, bins.length - 1)
  const current = bins[active]
  const pick = (i: number) => {
    const at = Math.max(0, Math.min(bins.length - 1, i))
    setPicked(at)
    onTip(lane.lane, bins[at] ?? null)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (!current) return
    if (e.key === 'Enter' || e.key === ' ') onNarrow(current)
    else {
      const to = slideTo(e.key, active, { min: 0, max: bins.length - 1 }, (i, steps) => i + steps)
      if (to === null) return
      pick(to)
    }
    e.preventDefault()
  }
  const binUnder = (e: PointerEvent) => binAt(bins, props.xOf(e))
  const colour = LANE_COLOUR[lane.lane]
  const unit = band.daysPerBin === 1 ? 'day' : `${band.daysPerBin} days`
  return (
    <g
      className="timeline-density"
      role="slider"
      tabIndex={0}
      aria-label={`${lane.label} per ${unit}`}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={Math.max(0, bins.length - 1)}
      aria-valuenow={active}
      aria-valuetext={current ? binLabel(lane.lane, current) : 'none'}
      aria-keyshortcuts="Enter"
      onKeyDown={onKeyDown}
      onFocus={() => onTip(lane.lane, current ?? null)}
      onBlur={() => onTip(lane.lane, null)}
      onPointerMove={(e) => onTip(lane.lane, bins[binUnder(e)] ?? null)}
      onPointerLeave={() => onTip(lane.lane, null)}
      onPointerDown={(e) => {
        const i = binUnder(e)
        props.onPointerDown(e, () => {
          if (i < 0) return
          setPicked(i)
          onNarrow(bins[i]!)
        })
      }}
    >
      <rect
        x={bins[0]?.x0 ?? 0}
        y={lane.y0}
        width={(bins.at(-1)?.x1 ?? 0) - (bins[0]?.x0 ?? 0)}
        height={lane.y1 - lane.y0}
        fill="transparent"
      />
      <path d={paths.dim} fill={colour} fillOpacity={0.4} />
      <path d={paths.lit} fill={colour} fillOpacity={0.85} />
      {current ? (
        <rect
          className="focus-ring"
          x={current.x0 - 1.5}
          y={lane.y0 + 0.5}
          width={current.x1 - current.x0 + 3}
          height={lane.y1 - lane.y0 - 1}
          rx={2}
          fill="none"
          strokeWidth={2}
        />
      ) : null}
    </g>
  )
})
