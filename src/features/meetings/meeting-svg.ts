import type { DatasetIndex } from '../../dataset/select/index-dataset'
import type { GraphView } from '../../dataset/select/graph-view'
import type { ExportTheme } from '../../lib/export/export-theme'
import { el, text, textWidth, type SvgFigure } from '../../lib/export/svg-writer'
import { actorColour } from '../../components/palette'
import { dashArray, edgeWidth, legendEntries, type LineStyle } from './scene/graph-model'
import { graphScene } from './scene/graph-scene'
import { labelBox, placeLabels } from './scene/label-placement'

/**
 * Subpaths per edge `<path>`. One path for all edges of a look made Chromium rasterise a 17k-segment
 * outline at once: 15-20 s for the x100 graph's PNG, against about 6 s in paths of 20 (perf log).
 */
const SEGMENTS_PER_PATH = 20

const WIDTH = 1000
const MAX_PLOT_HEIGHT = 600
const MARGIN = 70
const RADIUS = 8
const FONT = 12
/** Past this many nodes only the best-connected are named: more text would be a grey smear. */
const MAX_LABELS = 80

/**
 * The meeting graph as vector shapes, fitted to the nodes the filter leaves (not the whole
 * dataset's layout): lines for meetings (dashed when planned, dotted for contacts only), circles
 * for people, rounded squares for bodies, names as `<text>` placed clear of each other.
 */
export function meetingFigure(graph: GraphView, ix: DatasetIndex, theme: ExportTheme): SvgFigure {
  const nodes = graph.nodes
  if (nodes.length === 0)
    return {
      width: WIDTH,
      height: 40,
      body: text('No meeting in range.', { x: 0, y: 20, 'font-size': FONT, fill: theme.fgSoft }),
    }
  const xs = nodes.map((n) => n.x)
  const ys = nodes.map((n) => n.y)
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const span = { w: Math.max(1e-6, x1 - x0), h: Math.max(1e-6, y1 - y0) }
  const plotW = WIDTH - 2 * MARGIN
  // One node, or nodes in a line, would divide by ~0: cap the scale so they stay together.
  const scale = Math.min(plotW / span.w, MAX_PLOT_HEIGHT / span.h, plotW / 2)
  const plotH = Math.max(40, span.h * scale)
  const offX = MARGIN + (plotW - span.w * scale) / 2
  const at = new Map(
    nodes.map((n) => [n.id, { x: offX + (n.x - x0) * scale, y: MARGIN / 2 + (n.y - y0) * scale }]),
  )
  const parts: string[] = []
  // The scene the view draws from: each edge's line style and end points, computed once per graph.
  const scene = graphScene(graph, ix)
  const [sx, sy] = [
    (x: number) => offX + (x - x0) * scale,
    (y: number) => MARGIN / 2 + (y - y0) * scale,
  ]
  // Edges of one look share paths of SEGMENTS_PER_PATH: a large graph's 20,000 meetings are ~1,000
  // elements to parse and draw, not 20,000 (each subpath stays a separate, editable segment).
  const runs = new Map<string, { style: LineStyle; width: number; d: string[] }>()
  graph.edges.forEach((e, i) => {
    const seg = scene.segments.subarray(4 * i, 4 * i + 4)
    if (seg.some(Number.isNaN)) return
    const style = scene.styles[i]!
    const width = edgeWidth(e.weight)
    const key = `${style}|${width}`
    let run = runs.get(key)
    if (!run) runs.set(key, (run = { style, width, d: [] }))
    run.d.push(
      `M${sx(seg[0]!).toFixed(1)} ${sy(seg[1]!).toFixed(1)}L${sx(seg[2]!).toFixed(1)} ${sy(seg[3]!).toFixed(1)}`,
    )
  })
  for (const run of runs.values())
    for (let i = 0; i < run.d.length; i += SEGMENTS_PER_PATH)
      parts.push(
        el('path', {
          d: run.d.slice(i, i + SEGMENTS_PER_PATH).join(''),
          fill: 'none',
          stroke: theme.fgSoft,
          'stroke-opacity': 0.7,
          'stroke-width': run.width,
          'stroke-dasharray': dashArray(run.style, 1),
          'stroke-linecap': run.style === 'dotted' ? 'round' : undefined,
        }),
      )
  const degree = scene.adjacency.meetingCount
  for (const n of nodes) {
    const p = at.get(n.id)!
    const fill = actorColour(n.actor)
    parts.push(
      n.kind === 'body'
        ? el('rect', {
            x: p.x - RADIUS,
            y: p.y - RADIUS,
            width: 2 * RADIUS,
            height: 2 * RADIUS,
            rx: 3,
            fill,
            stroke: theme.bg,
            'stroke-width': 1.5,
          })
        : el('circle', {
            cx: p.x,
            cy: p.y,
            r: RADIUS,
            fill,
            stroke: theme.bg,
            'stroke-width': 1.5,
          }),
    )
  }
  const items = [...nodes]
    .sort(
      (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.label < b.label ? -1 : 1),
    )
    .map((n) => ({
      id: n.id,
      ...at.get(n.id)!,
      text: n.label,
      preferred: scene.preferredSide(n.id),
    }))
  const sides = placeLabels(items, FONT, RADIUS, {
    obstacles: [...at.values()],
    ...(nodes.length > MAX_LABELS ? { sparse: { limit: MAX_LABELS } } : {}),
  })
  let [minX, maxX] = [0, WIDTH]
  for (const item of items) {
    const side = sides.get(item.id)
    if (!side) continue
    const box = labelBox(item, side, FONT, RADIUS + FONT * 0.4)
    minX = Math.min(minX, box.x0)
    maxX = Math.max(maxX, box.x1)
    parts.push(
      text(item.text, {
        x: (box.x0 + box.x1) / 2,
        y: box.y1 - 2,
        'text-anchor': 'middle',
        'font-size': FONT,
        fill: theme.fg,
      }),
    )
  }
  // The legend: one swatch per affiliation shown, and what the line styles mean.
  let [lx, ly] = [0, MARGIN / 2 + plotH + MARGIN / 2 + 10]
  for (const entry of legendEntries(nodes, [...ix.actors.values()])) {
    const w = textWidth(entry.name, 11) + 30
    if (lx > 0 && lx + w > WIDTH) [lx, ly] = [0, ly + 20]
    parts.push(el('circle', { cx: lx + 6, cy: ly - 4, r: 6, fill: actorColour(entry.id) }))
    parts.push(text(entry.name, { x: lx + 16, y: ly, 'font-size': 11, fill: theme.fg }))
    lx += w
  }
  const key =
    'Circle: person · square: body · solid: held · dashed: planned only · dotted: contact only · thicker: more meetings'
  parts.push(text(key, { x: 0, y: ly + 22, 'font-size': 11, fill: theme.fgSoft }))
  // Labels can stick out past the plot's sides; shift everything so none is cut.
  const shift = minX < 0 ? -minX : 0
  return {
    width: Math.max(WIDTH, maxX) + shift,
    height: ly + 30,
    body: shift
      ? `<g transform="translate(${shift.toFixed(1)} 0)">${parts.join('')}</g>`
      : parts.join(''),
  }
}
