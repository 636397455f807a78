import { dashArray, edgeIsSelected, edgeWidth } from './graph-model'
import type { PlacedLabel } from './graph-labels'
import { edgeIsActive, litNodes, nodeLook, type Active, type GraphScene } from './graph-scene'
import { NODE_RADIUS } from './graph-style'
import type { SvgTheme } from './use-svg-theme'

/** Edges that share every stroke setting, drawn as one path: x1 y1 x2 y2 per edge in `coords`. */
export interface EdgeBatch {
  /** Dimmed, plain, lit, selected: later layers are drawn on top. */
  layer: number
  colour: string
  width: number
  dash: number[]
  cap: CanvasLineCap
  alpha: number
  coords: number[]
}

export interface NodePaint {
  id: string
  x: number
  y: number
  r: number
  body: boolean
  actor: string | null
  focused: boolean
  /** The selection ring. */
  ring: boolean
  alpha: number
}

export interface LabelPaint {
  text: string
  x: number
  y: number
  align: CanvasTextAlign
  bold: boolean
  alpha: number
}

export interface GraphPaint {
  unit: number
  edges: EdgeBatch[]
  nodes: NodePaint[]
  labels: LabelPaint[]
}

/**
 * How much to shrink nodes so that, on average, neighbours do not cover each other: 1 for a
 * sparse graph (as the SVG draws it), down to 0.4 where thousands of nodes share the layout box.
 */
export function denseNodeScale(nodes: readonly { x: number; y: number }[]): number {
  if (nodes.length < 2) return 1
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const n of nodes) {
    x0 = Math.min(x0, n.x)
    y0 = Math.min(y0, n.y)
    x1 = Math.max(x1, n.x)
    y1 = Math.max(y1, n.y)
  }
  // Layout units between neighbours if the nodes were spread evenly over their bounding box.
  const spacing = Math.sqrt(((x1 - x0 || 1) * (y1 - y0 || 1)) / nodes.length)
  return Math.min(1, Math.max(0.4, (0.45 * spacing) / NODE_RADIUS))
}

/** The SVG's opacities: a dimmed node, a node muted by another actor's focus, a dimmed edge. */
const alphaOf = (look: { dimmed: boolean; muted: boolean }) =>
  look.dimmed ? 0.2 : look.muted ? 0.55 : 1

/**
 * Turns a scene and its state (selection, hover, labels, mark scale) into what the canvas draws,
 * with the same colours, widths, dashes and opacities as the SVG renderer.
 */
export function graphPaint(
  scene: GraphScene,
  state: {
    sel: string | null
    active: Active
    labels: readonly PlacedLabel[]
    unit: number
    /** From denseNodeScale: node size relative to the SVG's. */
    nodeScale: number
    theme: SvgTheme
  },
): GraphPaint {
  const { sel, active, unit: u, theme } = state
  const near = litNodes(scene, active)
  const batches = new Map<string, EdgeBatch>()
  scene.graph.edges.forEach((edge, i) => {
    const s = scene.nodeById.get(edge.source)
    const t = scene.nodeById.get(edge.target)
    if (!s || !t) return
    const selected = edgeIsSelected(edge, sel)
    const incident = edgeIsActive(edge, active)
    const lit = !!active && incident
    const dimmed = !!active && !incident
    const style = scene.styles[i]!
    const layer = selected ? 3 : lit ? 2 : dimmed ? 0 : 1
    const width = (edgeWidth(edge.weight) + (selected ? 2 : 0)) * u
    const key = `${layer}|${style}|${width}`
    let batch = batches.get(key)
    if (!batch) {
      batch = {
        layer,
        colour: selected ? theme.select : lit ? theme.edgeActive : theme.edge,
        width,
        dash: (dashArray(style, u) ?? '').split(' ').filter(Boolean).map(Number),
        cap: style === 'dotted' ? 'round' : 'butt',
        alpha: dimmed ? 0.15 : 1,
        coords: [],
      }
      batches.set(key, batch)
    }
    batch.coords.push(s.x, s.y, t.x, t.y)
  })

  const r = NODE_RADIUS * u * state.nodeScale
  const looks = new Map(scene.byLabel.map((n) => [n.id, nodeLook(scene, n, sel, near)]))
  const nodes = scene.byLabel.map((n): NodePaint => {
    const look = looks.get(n.id)!
    return {
      id: n.id,
      x: n.x,
      y: n.y,
      r,
      body: n.kind === 'body',
      actor: n.actor,
      focused: n.focused,
      ring: look.selected,
      alpha: alphaOf(look),
    }
  })
  // Lit and selected nodes go on top of the rest, which may overlap them in a dense layout.
  const onTop = (p: NodePaint) => p.ring || (!!near && near.has(p.id))
  const gap = r + 4.8 * u
  const labels = state.labels.flatMap((l): LabelPaint[] => {
    const n = scene.nodeById.get(l.id)
    const look = looks.get(l.id)
    if (!n || !look) return []
    const at = {
      above: { x: n.x, y: n.y - gap, align: 'center' as const },
      below: { x: n.x, y: n.y + gap + 9 * u, align: 'center' as const },
      left: { x: n.x - gap, y: n.y + 4 * u, align: 'right' as const },
      right: { x: n.x + gap, y: n.y + 4 * u, align: 'left' as const },
    }[l.side]
    return [{ text: l.text, ...at, bold: look.selected || n.focused, alpha: alphaOf(look) }]
  })
  return {
    unit: u,
    edges: [...batches.values()].sort((a, b) => a.layer - b.layer),
    nodes: [...nodes.filter((p) => !onTop(p)), ...nodes.filter(onTop)],
    labels,
  }
}
