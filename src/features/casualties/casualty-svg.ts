import type { LoadedDataset } from '../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../dataset/select/casualties'
import type { ExportTheme } from '../../lib/export/export-theme'
import { clipText, el, text, textWidth, type SvgFigure } from '../../lib/export/svg-writer'
import { axisExtent } from './axis-extent'
import { lonelyDisputes } from './lonely-disputes'
import { binFigures } from './grouped/casualty-bins'
import type { Band } from './casualty-layout'
import { markLabel, wrapLabel } from './casualty-text'
import {
  dayDomain,
  frameOf,
  LINE_PX,
  MARGIN,
  MARK_RADIUS,
  markLayout,
  ROW_PX,
  X_PAD,
} from './chart-geometry'
import { markFlagger } from '../../dataset/select/mark-flags'
import { claimantStyles, markerPath } from './claimant-style'
import { timeTicks } from './time-ticks'

/** Width the exported chart is laid out at: a slide's width less its margins. */
const CASUALTY_EXPORT_WIDTH = 1000
const AXIS_PX = 28
const yOf = (row: number) => MARGIN.top + row * ROW_PX

function axes(
  bands: Band[],
  rows: number,
  width: number,
  from: string,
  to: string,
  theme: ExportTheme,
) {
  const { yAxisWidth, plotWidth, maxChars } = frameOf(width)
  const left = MARGIN.left + yAxisWidth
  const right = width - MARGIN.right
  const bottom = yOf(rows)
  const [lo, hi] = dayDomain(from, to)
  const xOfDay = (day: number) => left + X_PAD + ((day - lo) / (hi - lo)) * plotWidth
  const parts = bands.map((b, i) =>
    el('rect', {
      x: left,
      y: yOf(b.start),
      width: right - left,
      height: b.lanes * ROW_PX,
      fill: i % 2 ? theme.bg : theme.bgSoft,
    }),
  )
  parts.push(el('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: theme.fgSoft }))
  parts.push(el('line', { x1: left, x2: left, y1: MARGIN.top, y2: bottom, stroke: theme.border }))
  const ticks = timeTicks(from, to, Math.floor(plotWidth / 75))
  for (const day of ticks.days) {
    const x = xOfDay(day)
    parts.push(el('line', { x1: x, x2: x, y1: bottom, y2: bottom + 6, stroke: theme.fgSoft }))
    parts.push(
      text(ticks.format(day), {
        x,
        y: bottom + 18,
        'text-anchor': 'middle',
        'font-size': 11,
        fill: theme.fgSoft,
      }),
    )
  }
  for (const b of bands) {
    const lines = wrapLabel(b.label, maxChars)
    const top = yOf(b.start + b.lanes / 2) - ((lines.length - 1) * LINE_PX) / 2
    lines.forEach((line, i) =>
      parts.push(
        text(line, {
          x: left - 12,
          y: top + i * LINE_PX + 4,
          'text-anchor': 'end',
          'font-size': 11.5,
          fill: theme.fg,
        }),
      ),
    )
  }
  return { parts, xOfDay, plotLeft: left + X_PAD }
}

/** The claimants' legend under the chart: marker and name, wrapped to the width. */
function legend(
  points: readonly CasualtyPoint[],
  styles: ReturnType<typeof claimantStyles>,
  width: number,
  y0: number,
  theme: ExportTheme,
  workspace: boolean,
) {
  const parts: string[] = []
  let [x, y] = [0, y0]
  const items = [...new Set(points.map((p) => p.claimant))].sort()
  for (const label of items) {
    const style = styles.get(label)
    if (!style) continue
    const w = textWidth(label, 11) + 34
    if (x > 0 && x + w > width) [x, y] = [0, y + 20]
    parts.push(el('path', { d: markerPath(style.shape, x + 7, y, 5), fill: style.colour }))
    parts.push(text(label, { x: x + 18, y: y + 4, 'font-size': 11, fill: theme.fg }))
    x += w
  }
  const note = `Hollow: statement date inferred · dashed ring: disputed · x: date first reported${
    workspace ? ' · ✎ dotted ring: only in your workspace' : ''
  }`
  parts.push(text(note, { x: 0, y: y + 24, 'font-size': 11, fill: theme.fgSoft }))
  return { parts, bottom: y + 30 }
}

/**
 * The casualty chart as vector shapes from the same figures the view shows: one marker path per
 * figure with its value as `<text>` (or, past the labelled limit, one counted group per claimant,
 * population and run of days), population bands, a date axis ending at the filter's end.
 */
export function casualtyFigure(
  d: LoadedDataset,
  points: readonly CasualtyPoint[],
  filter: { from: string; to: string },
  theme: ExportTheme,
  width = CASUALTY_EXPORT_WIDTH,
): SvgFigure {
  const styles = claimantStyles(d.casualties.map((c) => c.claimant))
  const { from, to } = axisExtent(
    points.map((p) => p.reported),
    filter,
  )
  const order = d.populations.map((p) => p.id)
  const lonely = lonelyDisputes(d, points)
  // Figures only in the analyst's workspace, marked as on screen (mark-flags.ts).
  const flagger = markFlagger(d, null)
  const own = new Set(points.filter((p) => flagger.flags([p.id]).workspaceOnly).map((p) => p.id))
  const layout = points.length <= 400 ? markLayout(points, { order, width, from, to }) : null
  const parts: string[] = []
  let rows: number
  if (layout && layout.bands.every((b) => b.lanes <= 6)) {
    rows = layout.rows
    const a = axes(layout.bands, rows, width, from, to, theme)
    parts.push(...a.parts)
    for (const p of points) {
      const at = layout.placements.get(p.id)!
      const style = styles.get(p.claimant)!
      const [cx, cy] = [a.plotLeft + at.x, yOf(at.row)]
      if (p.disputed)
        parts.push(
          el('circle', {
            cx,
            cy,
            r: MARK_RADIUS + 4,
            fill: 'none',
            stroke: theme.disputed,
            'stroke-dasharray': '3 2',
          }),
        )
      if (own.has(p.id))
        parts.push(
          el('circle', {
            cx,
            cy,
            r: MARK_RADIUS + 7,
            fill: 'none',
            stroke: theme.accent,
            'stroke-width': 1.5,
            'stroke-dasharray': '1 2',
          }),
        )
      parts.push(
        el('path', {
          d: markerPath(style.shape, cx, cy, MARK_RADIUS),
          fill: p.inferred ? theme.bg : style.colour,
          stroke: style.colour,
          'stroke-width': 2,
        }),
      )
      const label = markLabel(p, lonely.has(p.id))
      const shown = own.has(p.id) ? `${label} ✎` : label
      const right = at.labelSide === 'right'
      parts.push(
        text(clipText(shown, 11, Math.max(at.labelRoom, 60)), {
          x: right ? cx + MARK_RADIUS + 6 : cx - MARK_RADIUS - 6,
          y: cy + 4,
          'text-anchor': right ? 'start' : 'end',
          'font-size': 11,
          fill: theme.fg,
        }),
      )
    }
  } else {
    const { plotWidth, minRows } = frameOf(width)
    const claimants = [...styles.keys()]
    const bins = binFigures(points, { order, claimants, from, to, filter, plotWidth, minRows })
    rows = bins.rows
    const a = axes(bins.bands, rows, width, bins.axis.from, bins.axis.to, theme)
    parts.push(...a.parts)
    for (const g of bins.groups) {
      const style = styles.get(g.claimant)
      if (!style) continue
      const [cx, cy] = [a.plotLeft + g.x, yOf(g.row)]
      const r = Math.min(11, 5 + Math.sqrt(g.ids.length))
      parts.push(
        el('path', {
          d: markerPath(style.shape, cx, cy, r),
          fill: style.colour,
          'fill-opacity': 0.85,
        }),
      )
      parts.push(
        text(String(g.ids.length), { x: cx + r + 3, y: cy + 4, 'font-size': 10, fill: theme.fg }),
      )
    }
  }
  const chartBottom = yOf(rows) + AXIS_PX + MARGIN.bottom
  const key = legend(points, styles, width, chartBottom + 14, theme, own.size > 0)
  return { width, height: key.bottom, body: [...parts, ...key.parts].join('') }
}
