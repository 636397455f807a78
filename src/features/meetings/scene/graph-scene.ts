import type { GraphView, GraphViewEdge } from '../../../dataset/select/graph-view'
import {
  edgeSegments,
  graphAdjacency,
  type GraphAdjacency,
} from '../../../dataset/select/graph-adjacency'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import {
  edgeLabel,
  edgeLineStyle,
  edgeStatus,
  labelSide,
  type LabelSide,
  type LineStyle,
} from './graph-model'

export type GraphNodeView = GraphView['nodes'][number]

/** Everything about a filtered graph that hover, selection and zoom do not change. */
export interface GraphScene {
  graph: GraphView
  adjacency: GraphAdjacency
  nodeById: ReadonlyMap<string, GraphNodeView>
  /** Line style of each edge, in `graph.edges` order. */
  styles: readonly LineStyle[]
  /** x1 y1 x2 y2 of each edge, in `graph.edges` order (NaN where a node is missing). */
  segments: Float64Array
  /** Nodes by label, the order the SVG draws and tabs through them. */
  byLabel: readonly GraphNodeView[]
  /** The side away from a node's neighbours, where its label would rather go (worked out on demand). */
  preferredSide: (id: string) => LabelSide
  anyFocused: boolean
  labelOf: (id: string) => string
  /** "Ron Dermer, Israel: 3 meetings in range". */
  nodeTitle: (node: GraphNodeView) => string
  /** "Amos Hochstein – Benjamin Netanyahu: 2 meetings". */
  edgeText: (edge: GraphViewEdge) => string
}

/** A node or edge under the pointer or keyboard focus; keyboard focus keeps its neighbourhood lit. */
export type Active = { kind: 'node' | 'edge'; id: string; keyboard: boolean } | null

const scenes = new WeakMap<GraphView, GraphScene>()
const styleCache = new WeakMap<GraphViewEdge, LineStyle>()
const collator = new Intl.Collator()

/** Builds the scene of a filtered graph in linear time (plus one sort), once per graph. */
export function graphScene(graph: GraphView, ix: DatasetIndex): GraphScene {
  const hit = scenes.get(graph)
  if (hit) return hit
  const adjacency = graphAdjacency(graph.edges)
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]))
  const labelOf = (id: string) => nodeById.get(id)?.label ?? id
  const statusOf = (id: string) => {
    const m = ix.meetings.get(id)
    return m ? edgeStatus(m) : 'held'
  }
  // Edges wholly in range are the same objects from one filter to the next: style them once.
  const styles = graph.edges.map((e) => {
    let style = styleCache.get(e)
    if (!style) styleCache.set(e, (style = edgeLineStyle(e.inRange.map(statusOf))))
    return style
  })
  // Only labelled nodes need a side: a large graph labels a few dozen of its thousands.
  const sides = new Map<string, LabelSide>()
  const preferredSide = (id: string): LabelSide => {
    let side = sides.get(id)
    const node = nodeById.get(id)
    if (side === undefined && node) {
      const near = (adjacency.neighbours.get(id) ?? []).flatMap((n) => nodeById.get(n) ?? [])
      side = labelSide(node, near)
      sides.set(id, side)
    }
    return side ?? 'below'
  }
  const scene: GraphScene = {
    graph,
    adjacency,
    nodeById,
    styles,
    segments: edgeSegments(graph.edges, nodeById),
    byLabel: [...graph.nodes].sort((a, b) => collator.compare(a.label, b.label)),
    preferredSide,
    anyFocused: graph.nodes.some((n) => n.focused),
    labelOf,
    nodeTitle: (n) => {
      const count = adjacency.meetingCount.get(n.id) ?? 0
      const actor = n.actor ? `, ${ix.actors.get(n.actor)?.name ?? n.actor}` : ''
      return `${n.label}${actor}: ${count} meeting${count === 1 ? '' : 's'} in range`
    },
    edgeText: (edge) => edgeLabel(edge, labelOf),
  }
  scenes.set(graph, scene)
  return scene
}

/** The ids lit by the active node (it and its neighbours) or edge (its two ends); null when none. */
export function litNodes(scene: GraphScene, active: Active): ReadonlySet<string> | null {
  if (!active) return null
  if (active.kind === 'node')
    return new Set([active.id, ...(scene.adjacency.neighbours.get(active.id) ?? [])])
  const edge = scene.adjacency.edgeById.get(active.id)
  return edge ? new Set([edge.source, edge.target]) : null
}

/** Whether an edge touches the active node or is the active edge. */
export function edgeIsActive(edge: GraphViewEdge, active: Active): boolean {
  if (!active) return false
  return active.kind === 'node'
    ? edge.source === active.id || edge.target === active.id
    : active.id === edge.id
}

/** What a node looks like under the current selection and highlight (keyboard focus aside). */
export function nodeLook(
  scene: GraphScene,
  node: GraphNodeView,
  sel: string | null,
  near: ReadonlySet<string> | null,
) {
  return {
    selected: node.selected || sel === `node:${node.id}`,
    dimmed: !!near && !near.has(node.id),
    muted: scene.anyFocused && !node.focused && !near?.has(node.id),
  }
}
