import type { LoadedDataset } from '../get-dataset'
import type { GraphEdge, GraphNode } from '../dataset-schema'
import type { Meeting } from '../schema'
import type { Filters } from '../../lib/filters'
import { overlaps } from './index-dataset'

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

export type GraphFilter = Pick<Filters, 'from' | 'to' | 'actor' | 'issue' | 'person'>

/** What the date range and issue leave of the graph, before actor and person mark nodes. */
interface RangeGraph {
  nodes: GraphNode[]
  edges: GraphViewEdge[]
  meetings: Meeting[]
}

/** Remembers the last few results per dataset, so views sharing a filter compute it once. */
function memoPerDataset<T>(size: number) {
  const cache = new WeakMap<LoadedDataset, Map<string, T>>()
  return (d: LoadedDataset, key: string, make: () => T): T => {
    let entries = cache.get(d)
    if (!entries) cache.set(d, (entries = new Map<string, T>()))
    const hit = entries.get(key)
    if (hit !== undefined) {
      // Re-insert so the map's order stays least recently used first.
      entries.delete(key)
      entries.set(key, hit)
      return hit
    }
    const value = make()
    entries.set(key, value)
    if (entries.size > size) entries.delete(entries.keys().next().value!)
    return value
  }
}

const byDate = new WeakMap<LoadedDataset, Meeting[]>()
// The same order as localeCompare, without building a collator on every comparison.
const collator = new Intl.Collator()

/** The dataset's meetings by date then id, sorted once: filtering keeps the order. */
function meetingsByDate(d: LoadedDataset): Meeting[] {
  let sorted = byDate.get(d)
  if (!sorted) {
    // ISO dates of one length sort the same by code unit as by locale.
    sorted = [...d.meetings].sort((a, b) =>
      a.when.date < b.when.date ? -1 : a.when.date > b.when.date ? 1 : collator.compare(a.id, b.id),
    )
    byDate.set(d, sorted)
  }
  return sorted
}

const rangeMemo = memoPerDataset<RangeGraph>(8)
const viewMemo = memoPerDataset<GraphView>(8)

function rangeGraph(d: LoadedDataset, from: string, to: string, issue: string | null) {
  return rangeMemo(d, `${from}|${to}|${issue ?? ''}`, () => {
    const meetings = meetingsByDate(d).filter(
      (m) => overlaps(m.when, from, to) && (!issue || m.issues.includes(issue)),
    )
    const keep = new Set(meetings.map((m) => m.id))
    const edges: GraphViewEdge[] = []
    const present = new Set<string>()
    for (const e of d.derived.graph.edges) {
      const inRange = e.meetings.filter((id) => keep.has(id))
      if (inRange.length === 0) continue
      edges.push({ ...e, inRange, weight: inRange.length })
      present.add(e.source)
      present.add(e.target)
    }
    const nodes = d.derived.graph.nodes.filter((n) => present.has(n.id))
    return { nodes, edges, meetings }
  })
}

/**
 * The meeting graph under the filter: only meetings in the date range (and on the focused issue),
 * only people with such a meeting. Positions come from the build's fixed layout. Linear in the
 * graph's size and memoised on the filter fields it reads, so other fields cost nothing; a change
 * of actor or person alone keeps the same `edges` and `meetings` arrays.
 */
export function selectGraph(d: LoadedDataset, f: GraphFilter): GraphView {
  const range = rangeGraph(d, f.from, f.to, f.issue)
  return viewMemo(
    d,
    `${f.from}|${f.to}|${f.issue ?? ''}|${f.actor ?? ''}|${f.person ?? ''}`,
    () => ({
      nodes: range.nodes.map((n) => ({
        ...n,
        focused: !!f.actor && n.actor === f.actor,
        selected: !!f.person && n.person === f.person,
      })),
      edges: range.edges,
      meetings: range.meetings,
    }),
  )
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

/** Per-node lookups over a filtered graph's edges, each answered without scanning every edge. */
export interface GraphAdjacency {
  /** The edges touching each node, in graph order. */
  incident: ReadonlyMap<string, readonly GraphViewEdge[]>
  /** The other end of each incident edge, without repeats. */
  neighbours: ReadonlyMap<string, readonly string[]>
  /** Distinct meetings in range that each node took part in. */
  meetingCount: ReadonlyMap<string, number>
  edgeById: ReadonlyMap<string, GraphViewEdge>
}

const adjacencyCache = new WeakMap<readonly GraphViewEdge[], GraphAdjacency>()
const NONE: readonly never[] = []

/** Builds (once per edge array) the adjacency index of a filtered graph, in time linear in its size. */
export function graphAdjacency(edges: readonly GraphViewEdge[]): GraphAdjacency {
  const hit = adjacencyCache.get(edges)
  if (hit) return hit
  const incident = new Map<string, GraphViewEdge[]>()
  const edgeById = new Map<string, GraphViewEdge>()
  const add = (id: string, e: GraphViewEdge) => {
    const list = incident.get(id)
    if (list) list.push(e)
    else incident.set(id, [e])
  }
  for (const e of edges) {
    edgeById.set(e.id, e)
    add(e.source, e)
    if (e.target !== e.source) add(e.target, e)
  }
  const neighbours = new Map<string, string[]>()
  const meetingCount = new Map<string, number>()
  for (const [id, list] of incident) {
    const others = new Set<string>()
    const meetings = new Set<string>()
    for (const e of list) {
      others.add(e.source === id ? e.target : e.source)
      for (const m of e.inRange) meetings.add(m)
    }
    others.delete(id)
    neighbours.set(id, [...others])
    meetingCount.set(id, meetings.size)
  }
  const index: GraphAdjacency = { incident, neighbours, meetingCount, edgeById }
  adjacencyCache.set(edges, index)
  return index
}

/** The edges touching a node (none for an unknown id). */
export function incidentEdges(a: GraphAdjacency, nodeId: string): readonly GraphViewEdge[] {
  return a.incident.get(nodeId) ?? NONE
}
