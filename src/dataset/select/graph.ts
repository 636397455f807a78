import type { LoadedDataset } from '../get-dataset'
import type { GraphEdge, GraphNode } from '../dataset-schema'
import type { Meeting } from '../schema'
import type { Filters } from '../../lib/filters'
import { indexDataset, overlaps } from './index-dataset'

export interface GraphViewEdge extends GraphEdge {
  /** Meetings behind the edge within the filter. */
  inRange: string[]
  weight: number
}

export interface GraphView {
  nodes: (GraphNode & { focused: boolean; selected: boolean })[]
  edges: GraphViewEdge[]
  meetings: Meeting[]
}

/**
 * The meeting graph under the filter: only meetings in the date range (and on the focused issue),
 * only people with such a meeting. Positions come from the build's fixed layout.
 */
export function selectGraph(d: LoadedDataset, f: Pick<Filters, 'from' | 'to' | 'actor' | 'issue' | 'person'>): GraphView {
  const ix = indexDataset(d)
  const meetings = d.meetings.filter((m) => overlaps(m.when, f.from, f.to) && (!f.issue || m.issues.includes(f.issue)))
  const keep = new Set(meetings.map((m) => m.id))
  const edges = d.derived.graph.edges
    .map((e) => {
      const inRange = e.meetings.filter((id) => keep.has(id))
      return { ...e, inRange, weight: inRange.length }
    })
    .filter((e) => e.weight > 0)
  const present = new Set(edges.flatMap((e) => [e.source, e.target]))
  const nodes = d.derived.graph.nodes
    .filter((n) => present.has(n.id))
    .map((n) => ({ ...n, focused: !!f.actor && n.actor === f.actor, selected: !!f.person && n.person === f.person }))
  return { nodes, edges, meetings: meetings.sort((a, b) => a.when.date.localeCompare(b.when.date) || a.id.localeCompare(b.id)).map((m) => ix.meetings.get(m.id)!) }
}

/** Ids of a node and every node it shares an edge with. */
export function neighbourhood(edges: readonly GraphEdge[], nodeId: string): Set<string> {
  const out = new Set([nodeId])
  for (const e of edges) {
    if (e.source === nodeId) out.add(e.target)
    if (e.target === nodeId) out.add(e.source)
  }
  return out
}
