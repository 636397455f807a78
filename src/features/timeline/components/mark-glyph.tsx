import { markPaint } from '../lane-style'
import { STRIP, type PlacedMark } from '../strip-layout'
import type { MarkFlags } from '../../../dataset/select/mark-flags'

/** The drawing of one mark: a bar for a span, else a diamond (event), circle (meeting) or square (article). */
export function MarkGlyph({
  placed,
  selected,
  flags = null,
}: {
  placed: PlacedMark
  selected: boolean
  flags?: MarkFlags | null
}) {
  const { mark, x0, x1, cx, y } = placed
  const paint = markPaint(mark.lane, mark.inferred, mark.planned)
  const r = STRIP.r - 0.5
  const half = STRIP.row / 2 + 1
  const shape = placed.bar ? (
    <rect x={x0} y={y - r} width={x1 - x0} height={2 * r} rx={r} {...paint} />
  ) : mark.lane === 'events' ? (
    <path
      d={`M${cx} ${y - r - 0.6}L${cx + r + 0.6} ${y}L${cx} ${y + r + 0.6}L${cx - r - 0.6} ${y}Z`}
      {...paint}
    />
  ) : mark.lane === 'meetings' ? (
    <circle cx={cx} cy={y} r={r} {...paint} />
  ) : (
    <rect x={cx - r} y={y - r} width={2 * r} height={2 * r} {...paint} />
  )
  return (
    <>
      {/* Hollow marks still take the pointer across their whole area. */}
      <rect x={x0 - 1} y={y - half} width={x1 - x0 + 2} height={2 * half} fill="transparent" />
      {selected ? (
        <rect
          x={x0 - 2.5}
          y={y - half - 0.5}
          width={x1 - x0 + 5}
          height={2 * half + 1}
          rx={3}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
        />
      ) : null}
      {flags?.disputeSides.length ? (
        // The selected dispute's marks sit on a halo, as in the chart and the graph.
        <rect
          className="mark-flag-halo"
          x={x0 - 3}
          y={y - half}
          width={x1 - x0 + 6}
          height={2 * half}
          rx={half}
        />
      ) : null}
      {shape}
      {flags?.workspaceOnly ? (
        <rect
          className="mark-flag-ring"
          x={x0 - 2}
          y={y - r - 2}
          width={x1 - x0 + 4}
          height={2 * r + 4}
          rx={r + 2}
          fill="none"
        />
      ) : null}
      <rect
        className="focus-ring"
        x={x0 - 3}
        y={y - half - 1}
        width={x1 - x0 + 6}
        height={2 * half + 2}
        rx={3}
        fill="none"
        strokeWidth={2}
      />
    </>
  )
}
