import type { GraphViewEdge } from './graph-view'
import type { GraphIndex } from './graph-index'

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

const built = new WeakMap<readonly GraphViewEdge[], GraphAdjacency>()
/** What the selector knew when it built an edge array, for the index-based paths below. */
interface Indexed {
  ix: GraphIndex
  /** Each edge's index in the dataset's graph. */
  origin: Int32Array
  /** 1 for each meeting in range, by meeting index. */
  inRange: Uint8Array
}
const indexed = new WeakMap<readonly GraphViewEdge[], Indexed>()
const segmentCache = new WeakMap<readonly GraphViewEdge[], Float64Array>()
const NONE: readonly never[] = []

/** Records how the selector built `edges`, so adjacency and segments can skip hashing ids. */
export function registerIndexedEdges(edges: readonly GraphViewEdge[], info: Indexed): void {
  indexed.set(edges, info)
}

/** Builds (once per edge array) the adjacency index of a filtered graph, in linear time. */
export function graphAdjacency(edges: readonly GraphViewEdge[]): GraphAdjacency {
  let a = built.get(edges)
  if (!a) {
    const info = indexed.get(edges)
    a = info ? adjacencyByIndex(edges, info) : adjacencyById(edges)
    built.set(edges, a)
  }
  return a
}

/** The edges touching a node (none for an unknown id). */
export function incidentEdges(a: GraphAdjacency, nodeId: string): readonly GraphViewEdge[] {
  return a.incident.get(nodeId) ?? NONE
}

/**
 * Each edge's ends as x1 y1 x2 y2 (NaN where a node is missing), once per edge array: what a
 * renderer needs without looking up 40,000 ids.
 */
export function edgeSegments(
  edges: readonly GraphViewEdge[],
  nodeById: ReadonlyMap<string, { x: number; y: number }>,
): Float64Array {
  let out = segmentCache.get(edges)
  if (out) return out
  out = new Float64Array(edges.length * 4)
  const info = indexed.get(edges)
  for (let j = 0; j < edges.length; j++) {
    const e = edges[j]!
    const a = info ? info.ix.coords[info.ix.src[info.origin[j]!]!] : nodeById.get(e.source)
    const b = info ? info.ix.coords[info.ix.dst[info.origin[j]!]!] : nodeById.get(e.target)
    out[j * 4] = a?.x ?? NaN
    out[j * 4 + 1] = a?.y ?? NaN
    out[j * 4 + 2] = b?.x ?? NaN
    out[j * 4 + 3] = b?.y ?? NaN
  }
  segmentCache.set(edges, out)
  return out
}

/** The lookups plus a map from edge id to edge that is built on first read: most renders never ask. */
function withEdgeById(
  edges: readonly GraphViewEdge[],
  lookups: Omit<GraphAdjacency, 'edgeById'>,
): GraphAdjacency {
  let map: Map<string, GraphViewEdge> | undefined
  return {
    ...lookups,
    get edgeById() {
      return (map ??= new Map(edges.map((e) => [e.id, e])))
    },
  }
}

/** The general path, for any edge array: sets keyed by id. */
function adjacencyById(edges: readonly GraphViewEdge[]): GraphAdjacency {
  const incident = new Map<string, GraphViewEdge[]>()
  const add = (id: string, e: GraphViewEdge) => {
    const list = incident.get(id)
    if (list) list.push(e)
    else incident.set(id, [e])
  }
  for (const e of edges) {
    add(e.source, e)
    if (e.target !== e.source) add(e.target, e)
  }
  const neighbours = new Map<string, string[]>()
  const meetingCount = new Map<string, number>()
  for (const [id, list] of incident) {
    const others = new Set(list.map((e) => (e.source === id ? e.target : e.source)))
    others.delete(id)
    neighbours.set(id, [...others])
    meetingCount.set(id, new Set(list.flatMap((e) => e.inRange)).size)
  }
  return withEdgeById(edges, { incident, neighbours, meetingCount })
}

/** The same index from the selector's integer arrays: no sets, no id hashing per edge. */
function adjacencyByIndex(edges: readonly GraphViewEdge[], info: Indexed): GraphAdjacency {
  const { ix, origin, inRange } = info
  const { nodeIds } = ix
  // Positions in `edges` of each node's edges, in graph order.
  const lists: number[][] = nodeIds.map(() => [])
  edges.forEach((_, j) => {
    const [s, t] = [ix.src[origin[j]!]!, ix.dst[origin[j]!]!]
    lists[s]!.push(j)
    if (t !== s) lists[t]!.push(j)
  })
  // A meeting counts once for each of its participants, however many edges it lies on.
  const count = new Int32Array(nodeIds.length)
  inRange.forEach((flag, m) => {
    if (!flag) return
    for (let k = ix.meetingStart[m]!; k < ix.meetingStart[m + 1]!; k++)
      count[ix.meetingNodes[k]!]!++
  })
  // The node whose neighbours were last listed through each node: a repeat check without sets.
  const seen = new Int32Array(nodeIds.length).fill(-1)
  const incident = new Map<string, GraphViewEdge[]>()
  const neighbours = new Map<string, string[]>()
  const meetingCount = new Map<string, number>()
  lists.forEach((list, n) => {
    if (list.length === 0) return
    const id = nodeIds[n]!
    const others: string[] = []
    for (const j of list) {
      const [s, t] = [ix.src[origin[j]!]!, ix.dst[origin[j]!]!]
      const o = s === n ? t : s
      if (o === n || seen[o] === n) continue
      seen[o] = n
      others.push(nodeIds[o]!)
    }
    incident.set(
      id,
      list.map((j) => edges[j]!),
    )
    neighbours.set(id, others)
    meetingCount.set(id, count[n]!)
  })
  return withEdgeById(edges, { incident, neighbours, meetingCount })
}
