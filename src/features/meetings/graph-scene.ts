import {
  graphAdjacency,
  type GraphAdjacency,
  type GraphView,
  type GraphViewEdge,
} from '../../dataset/select/graph'
import type { DatasetIndex } from '../../dataset/select/index-dataset'
import { edgeLabel, edgeLineStyle, labelSide, type LabelSide, type LineStyle } from './graph-model'

export type GraphNodeView = GraphView['nodes'][number]

/** Everything about a filtered graph that hover, selection and zoom do not change. */
export interface GraphScene {
  graph: GraphView
  adjacency: GraphAdjacency
  nodeById: ReadonlyMap<string, GraphNodeView>
  /** Line style of each edge, in `graph.edges` order. */
  styles: readonly LineStyle[]
  /** Nodes by label, the order the SVG draws and tabs through them. */
  byLabel: readonly GraphNodeView[]
  /** The side away from each node's neighbours, where its label would rather go. */
  preferred: ReadonlyMap<string, LabelSide>
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
const collator = new Intl.Collator()

/** Builds the scene of a filtered graph in linear time (plus one sort), once per graph. */
export function graphScene(graph: GraphView, ix: DatasetIndex): GraphScene {
  const hit = scenes.get(graph)
  if (hit) return hit
  const adjacency = graphAdjacency(graph.edges)
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]))
  const labelOf = (id: string) => nodeById.get(id)?.label ?? id
  const styles = graph.edges.map((e) =>
    edgeLineStyle(e.inRange.map((id) => ix.meetings.get(id)?.status ?? 'held')),
  )
  const preferred = new Map<string, LabelSide>()
  for (const n of graph.nodes) {
    const near = (adjacency.neighbours.get(n.id) ?? []).flatMap((id) => nodeById.get(id) ?? [])
    preferred.set(n.id, labelSide(n, near))
  }
  const scene: GraphScene = {
    graph,
    adjacency,
    nodeById,
    styles,
    byLabel: [...graph.nodes].sort((a, b) => collator.compare(a.label, b.label)),
    preferred,
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
