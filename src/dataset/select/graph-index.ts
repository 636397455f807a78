import type { LoadedDataset } from '../dataset-schema'
import type { Meeting } from '../schema'

/**
 * The dataset's graph turned into integer indices once, so each filter change works on typed
 * arrays instead of hashing ids. Node indices follow `derived.graph.nodes`; meeting indices follow
 * `meetings`; edges keep `derived.graph.edges` order.
 */
export interface GraphIndex {
  nodeIds: readonly string[]
  nodeIndex: ReadonlyMap<string, number>
  /** Layout position of each node. */
  coords: readonly { x: number; y: number }[]
  /** Each edge's end nodes, or -1 for an id that names no node. */
  src: Int32Array
  dst: Int32Array
  /** Edge i's meetings are `edgeMeetings[edgeStart[i] .. edgeStart[i + 1])` (-1: unknown id). */
  edgeStart: Int32Array
  edgeMeetings: Int32Array
  /** Meeting m's distinct participant nodes are `meetingNodes[meetingStart[m] .. meetingStart[m + 1])`. */
  meetingStart: Int32Array
  meetingNodes: Int32Array
  /** Meetings by date then id, with each one's index into `meetings`. */
  byDate: readonly Meeting[]
  byDateIndex: Int32Array
  /** First and last day of each meeting in `byDate` order, as YYYYMMDD numbers. */
  startDay: Int32Array
  endDay: Int32Array
  /** False when some edge names an unknown node: callers then take the id-based path. */
  exact: boolean
}

const cache = new WeakMap<LoadedDataset, GraphIndex>()

/** "2024-10-31" as 20241031: ordered as the dates are, and compared without reading strings. */
export function dayNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10))
}

/** The number of leading entries of an ascending array that are at most `value`. */
export function countAtMost(sorted: Int32Array, value: number): number {
  let [lo, hi] = [0, sorted.length]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}
// The same order as localeCompare, without building a collator on every comparison.
const collator = new Intl.Collator()

/** Builds (once per dataset) the integer index of its meeting graph. */
export function graphIndex(d: LoadedDataset): GraphIndex {
  const hit = cache.get(d)
  if (hit) return hit
  const { nodes, edges } = d.derived.graph
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]))
  const meetingIndex = new Map(d.meetings.map((m, i) => [m.id, i]))
  const src = new Int32Array(edges.length)
  const dst = new Int32Array(edges.length)
  const edgeStart = new Int32Array(edges.length + 1)
  let refs = 0
  edges.forEach((e, i) => {
    src[i] = nodeIndex.get(e.source) ?? -1
    dst[i] = nodeIndex.get(e.target) ?? -1
    edgeStart[i] = refs
    refs += e.meetings.length
  })
  edgeStart[edges.length] = refs
  const edgeMeetings = new Int32Array(refs)
  // Participants per meeting, as sets first: a meeting appears on every edge between its sides.
  const participants: Set<number>[] = d.meetings.map(() => new Set())
  edges.forEach((e, i) =>
    e.meetings.forEach((id, k) => {
      const m = meetingIndex.get(id) ?? -1
      edgeMeetings[edgeStart[i]! + k] = m
      if (m < 0) return
      if (src[i]! >= 0) participants[m]!.add(src[i]!)
      if (dst[i]! >= 0) participants[m]!.add(dst[i]!)
    }),
  )
  const meetingStart = new Int32Array(d.meetings.length + 1)
  participants.forEach((set, m) => (meetingStart[m + 1] = meetingStart[m]! + set.size))
  const meetingNodes = new Int32Array(meetingStart[d.meetings.length]!)
  participants.forEach((set, m) => meetingNodes.set([...set], meetingStart[m]))

  // ISO dates of one length sort the same by code unit as by locale.
  const order = d.meetings.map((_, i) => i)
  const when = (i: number) => d.meetings[i]!.when.date
  order.sort((a, b) =>
    when(a) < when(b)
      ? -1
      : when(a) > when(b)
        ? 1
        : collator.compare(d.meetings[a]!.id, d.meetings[b]!.id),
  )
  const index: GraphIndex = {
    nodeIds: nodes.map((n) => n.id),
    nodeIndex,
    coords: nodes,
    src,
    dst,
    edgeStart,
    edgeMeetings,
    meetingStart,
    meetingNodes,
    byDate: order.map((i) => d.meetings[i]!),
    byDateIndex: Int32Array.from(order),
    startDay: Int32Array.from(order, (i) => dayNumber(d.meetings[i]!.when.date)),
    endDay: Int32Array.from(order, (i) => {
      const w = d.meetings[i]!.when
      return dayNumber(w.until ?? w.date)
    }),
    exact: !src.includes(-1) && !dst.includes(-1),
  }
  cache.set(d, index)
  return index
}
