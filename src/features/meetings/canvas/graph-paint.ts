import { dashArray, edgeIsSelected, edgeWidth, type LineStyle } from '../scene/graph-model'
import type { PlacedLabel } from './graph-labels'
import {
  edgeIsActive,
  litNodes,
  nodeLook,
  type Active,
  type GraphScene,
} from '../scene/graph-scene'
import { NODE_RADIUS } from '../scene/graph-style'
import type { Theme } from '../../../lib/theme'
import type { GraphFlags } from '../scene/graph-flags'

/**
 * Edges that share every stroke setting, drawn as one path. `edges` indexes the scene's segments
 * (x1 y1 x2 y2 at 4 * i) rather than copying them: at x1000 the copies were the largest garbage
 * of a filter change (13 MB in a sampling heap profile).
 */
export interface EdgeBatch {
  colour: string
  width: number
  dash: number[]
  cap: CanvasLineCap
  alpha: number
  edges: Int32Array
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
  /** A halo: the node is in the selected dispute. */
  halo: boolean
  /** A dotted ring: the node's record exists only in the workspace. */
  workspaceOnly: boolean
  alpha: number
}

interface LabelPaint {
  text: string
  x: number
  y: number
  align: CanvasTextAlign
  bold: boolean
  alpha: number
}

export interface GraphPaint {
  unit: number
  /** x1 y1 x2 y2 of each edge of the scene, which the batches index. */
  segments: Float64Array
  /** Every edge not selected, in its plain colour: the same whatever is hovered, so it is cached. */
  base: readonly EdgeBatch[]
  /** Opacity of the base layer: the SVG's 0.15 while a node or edge is hovered. */
  baseAlpha: number
  /** Lit edges, then selected ones, over the base. */
  top: EdgeBatch[]
  nodes: NodePaint[]
  labels: LabelPaint[]
  /** The keyboard focus ring, around the node the arrow keys reached; null without one. */
  focusRing: { x: number; y: number; r: number } | null
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

const STYLES: readonly LineStyle[] = ['solid', 'dashed', 'dotted', 'indirect']

/** Groups edges into batches by colour, width and dash, as the SVG would stroke each of them. */
function batcher(unit: number) {
  const batches = new Map<number, Omit<EdgeBatch, 'edges'> & { list: number[] }>()
  return {
    add(scene: GraphScene, i: number, colour: string, key: number, extra: number, alpha: number) {
      const style = scene.styles[i]!
      const edge = scene.graph.edges[i]!
      // Width follows from the weight and `extra`, so numbers name a batch (cheaper to hash than
      // a string, 20,000 times over).
      const id = ((edge.weight * 8 + key) * 3 + STYLES.indexOf(style)) * 2 + (alpha < 1 ? 1 : 0)
      let batch = batches.get(id)
      if (!batch) {
        batch = {
          colour,
          width: (edgeWidth(edge.weight) + extra) * unit,
          dash: (dashArray(style, unit) ?? '').split(' ').filter(Boolean).map(Number),
          cap: style === 'dotted' ? 'round' : 'butt',
          alpha,
          list: [],
        }
        batches.set(id, batch)
      }
      batch.list.push(i)
    },
    done: (): EdgeBatch[] =>
      [...batches.values()].map(({ list, ...b }) => ({ ...b, edges: Int32Array.from(list) })),
  }
}

const drawable = (scene: GraphScene, i: number) =>
  !Number.isNaN(scene.segments[i * 4]! + scene.segments[i * 4 + 2]!)

/** The base edge layer: every drawable edge that is not selected, plain colour, full opacity. */
export function baseEdges(
  scene: GraphScene,
  sel: string | null,
  unit: number,
  theme: Theme,
): EdgeBatch[] {
  const out = batcher(unit)
  scene.graph.edges.forEach((edge, i) => {
    if (drawable(scene, i) && !edgeIsSelected(edge, sel)) out.add(scene, i, theme.edge, 0, 0, 1)
  })
  return out.done()
}

/** The SVG's opacities: a dimmed node, a node muted by another actor's focus. */
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
    theme: Theme
    base: readonly EdgeBatch[]
    /** Workspace-only and selected-dispute flags, drawn as the SVG draws them. */
    flags?: GraphFlags
  },
): GraphPaint {
  const { sel, active, unit: u, theme } = state
  const near = litNodes(scene, active)
  const lit = batcher(u)
  const selected = batcher(u)
  const halo = batcher(u)
  const workspace = batcher(u)
  scene.graph.edges.forEach((edge, i) => {
    if (!drawable(scene, i)) return
    const f = state.flags?.edges.get(edge.id)
    if (f?.disputeSides.length) halo.add(scene, i, theme.focus, 3, 7, 0.55)
    if (f?.workspaceOnly) workspace.add(scene, i, theme.accent, 4, 4, 0.9)
    const incident = edgeIsActive(edge, active)
    // A selected edge away from the hovered node is dimmed like the rest, as in the SVG.
    if (edgeIsSelected(edge, sel))
      selected.add(scene, i, theme.accent, 1, 2, active && !incident ? 0.15 : 1)
    else if (active && incident) lit.add(scene, i, theme.fg, 2, 0, 1)
  })

  const r = NODE_RADIUS * u * state.nodeScale
  // Looks are worked out per node as it is painted, and again for the few labelled ones, rather
  // than kept in a map of 20,000 entries per paint.
  const nodes = scene.byLabel.map((n): NodePaint => {
    const look = nodeLook(scene, n, sel, near)
    return {
      id: n.id,
      x: n.x,
      y: n.y,
      r,
      body: n.kind === 'body',
      actor: n.actor,
      focused: n.focused,
      ring: look.selected,
      halo: !!state.flags?.nodes.get(n.id)?.disputeSides.length,
      workspaceOnly: !!state.flags?.nodes.get(n.id)?.workspaceOnly,
      alpha: alphaOf(look),
    }
  })
  // Lit and selected nodes go on top of the rest, which may overlap them in a dense layout.
  const onTop = (p: NodePaint) => p.ring || p.halo || (!!near && near.has(p.id))
  const gap = r + 4.8 * u
  const labels = state.labels.flatMap((l): LabelPaint[] => {
    const n = scene.nodeById.get(l.id)
    if (!n) return []
    const look = nodeLook(scene, n, sel, near)
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
    segments: scene.segments,
    base: state.base,
    baseAlpha: active ? 0.15 : 1,
    top: [...halo.done(), ...lit.done(), ...selected.done(), ...workspace.done()],
    nodes: [...nodes.filter((p) => !onTop(p)), ...nodes.filter(onTop)],
    labels,
    focusRing: focusRingOf(scene, active, r + 7 * u),
  }
}

/** The ring drawn around a node that has keyboard focus, the SVG's focus circle. */
function focusRingOf(scene: GraphScene, active: Active, r: number): GraphPaint['focusRing'] {
  const n = active?.kind === 'node' && active.keyboard ? scene.nodeById.get(active.id) : undefined
  return n ? { x: n.x, y: n.y, r } : null
}
