import type { LoadedDataset } from '../dataset-schema'
import type { GraphEdge, GraphNode } from '../dataset-schema'
import type { Meeting } from '../schema'
import type { GraphView, GraphViewEdge } from './graph-view'
import type { RecordFilter } from './record-filter'
import { registerIndexedEdges } from './graph-adjacency'
import { countAtMost, dayNumber, graphIndex } from './graph-index'

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

const wholeCache = new WeakMap<LoadedDataset, (GraphViewEdge | undefined)[]>()
/** Per dataset edge, its view with every meeting in range, made on first need. */
function wholeEdges(d: LoadedDataset): (GraphViewEdge | undefined)[] {
  let list = wholeCache.get(d)
  if (!list) wholeCache.set(d, (list = []))
  return list
}

const rangeMemo = memoPerDataset<RangeGraph>(8)
const viewMemo = memoPerDataset<GraphView>(8)

function rangeGraph(d: LoadedDataset, from: string, to: string, issue: string | null) {
  return rangeMemo(d, `${from}|${to}|${issue ?? ''}`, () => {
    const ix = graphIndex(d)
    const inRange = new Uint8Array(d.meetings.length)
    // Meetings are sorted by first day: those starting by `to` are a prefix, found by bisection.
    const [fromDay, toDay] = [dayNumber(from), dayNumber(to)]
    const meetings: Meeting[] = []
    for (let i = 0, n = countAtMost(ix.startDay, toDay); i < n; i++) {
      const m = ix.byDate[i]!
      if (ix.endDay[i]! < fromDay || (issue && !m.issues.includes(issue))) continue
      meetings.push(m)
      inRange[ix.byDateIndex[i]!] = 1
    }
    const edges: GraphViewEdge[] = []
    const origin: number[] = []
    const whole = wholeEdges(d)
    const present = new Uint8Array(d.derived.graph.nodes.length)
    d.derived.graph.edges.forEach((e, i) => {
      const [start, end] = [ix.edgeStart[i]!, ix.edgeStart[i + 1]!]
      let weight = 0
      for (let k = start; k < end; k++)
        weight += ix.edgeMeetings[k]! >= 0 ? inRange[ix.edgeMeetings[k]!]! : 0
      if (weight === 0) return
      // An edge wholly in range is the same object under every such filter (most edges at scale
      // have one meeting), which spares thousands of copies per filter change.
      if (weight === e.meetings.length)
        edges.push((whole[i] ??= { ...e, inRange: e.meetings, weight }))
      else {
        const kept = e.meetings.filter((_, k) => inRange[ix.edgeMeetings[start + k]!] === 1)
        edges.push({ ...e, inRange: kept, weight })
      }
      origin.push(i)
      if (ix.src[i]! >= 0) present[ix.src[i]!] = 1
      if (ix.dst[i]! >= 0) present[ix.dst[i]!] = 1
    })
    const nodes = d.derived.graph.nodes.filter((_, n) => present[n] === 1)
    if (ix.exact) registerIndexedEdges(edges, { ix, origin: Int32Array.from(origin), inRange })
    return { nodes, edges, meetings }
  })
}

/**
 * The meeting graph under the filter: only meetings in the date range (and on the focused issue),
 * only people with such a meeting. Positions come from the build's fixed layout. Linear in the
 * graph's size and memoised on the filter fields it reads, so other fields cost nothing; a change
 * of actor or person alone keeps the same `edges` and `meetings` arrays.
 */
export function selectGraph(d: LoadedDataset, f: RecordFilter): GraphView {
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
