import type { Annotations } from './schema'
import type { Derived, GraphNode, MatrixCell } from './dataset-schema'
import { annotationsChange, type AnnotationsChange } from './changed-records'
import { deriveViews } from './derive'
import {
  computeGraphRecords,
  computeMatrix,
  computeReportedOn,
  computeSpan,
  type UnplacedNode,
} from './derive-records'
import { layoutGraph } from './layout'

/** Annotations and the views derived from them: what the next derivation starts from. */
export interface DerivedState {
  annotations: Annotations
  derived: Derived
}

const RECORDS = ['positions', 'casualties', 'meetings', 'events'] as const
const cellKey = (x: { actor: string; issue: string }) => `${x.actor}|${x.issue}`

/**
 * The views of `next`, equal to `deriveViews(next)`, reusing what `prev` derived for every part
 * the change does not touch: matrix cells of untouched actor/issue pairs, the publication date of
 * untouched records, and the graph (and above all its force layout) when no meeting or person
 * changed what the layout reads. Falls back to the full derivation when ids are duplicated.
 */
export function deriveViewsFrom(prev: DerivedState | null, next: Annotations): Derived {
  if (!prev) return deriveViews(next)
  const change = annotationsChange(prev.annotations, next)
  if (Object.values(change).some((c) => c.duplicated) || recordIdsShared(next))
    return deriveViews(next)
  const recordsChanged = RECORDS.some((c) => change[c].ids.size > 0)
  return {
    reportedOn: reportedOnFrom(prev, next, change),
    span: recordsChanged || change.sources.ids.size ? computeSpan(next) : prev.derived.span,
    matrix: matrixFrom(prev, next, change),
    graph: graphFrom(prev, next, change),
  }
}

/** Two record collections using one id: `reportedOn` is keyed by id, so the last one wins. */
function recordIdsShared(a: Annotations): boolean {
  const ids = RECORDS.flatMap((c) => a[c].map((r) => r.id))
  return new Set(ids).size !== ids.length
}

function reportedOnFrom(prev: DerivedState, next: Annotations, change: AnnotationsChange) {
  // A source's date feeds every record citing it: recompute all when any source changed.
  if (change.sources.ids.size) return computeReportedOn(next)
  const changed = new Set(RECORDS.flatMap((c) => [...change[c].ids]))
  const fresh = computeReportedOn({
    ...next,
    positions: change.positions.after,
    casualties: change.casualties.after,
    meetings: change.meetings.after,
    events: change.events.after,
  })
  // Rebuilt in record order, so even the keys' order matches a full derivation.
  const out: Record<string, string> = {}
  for (const c of RECORDS)
    for (const r of next[c]) {
      const date = changed.has(r.id) ? fresh[r.id] : prev.derived.reportedOn[r.id]
      if (date) out[r.id] = date
    }
  return out
}

function matrixFrom(prev: DerivedState, next: Annotations, change: AnnotationsChange) {
  const touched = new Set([...change.positions.before, ...change.positions.after].map(cellKey))
  // A changed dispute touches the cells of every position it names, before and after.
  const disputed = new Set(
    [...change.disputes.before, ...change.disputes.after].flatMap((d) =>
      d.sides.flatMap((s) => s.records),
    ),
  )
  if (disputed.size)
    for (const p of [...prev.annotations.positions, ...next.positions])
      if (disputed.has(p.id)) touched.add(cellKey(p))
  if (!touched.size) return prev.derived.matrix
  const fresh = computeMatrix({
    ...next,
    positions: next.positions.filter((p) => touched.has(cellKey(p))),
  })
  const kept = prev.derived.matrix.filter((cell) => !touched.has(cellKey(cell)))
  return [...kept, ...fresh].sort((x: MatrixCell, y: MatrixCell) =>
    cellKey(x).localeCompare(cellKey(y)),
  )
}

function graphFrom(prev: DerivedState, next: Annotations, change: AnnotationsChange) {
  // Nodes and edges come from meetings and the people in them, the layout also from the actors'
  // order: nothing else can change the graph.
  if (!graphInputChanged(change) && !change.people.ids.size && !change.actors.reordered)
    return prev.derived.graph
  const { nodes, edges } = computeGraphRecords(next)
  const old = prev.derived.graph
  const actorOrder = next.actors.map((x) => x.id)
  const sameLayoutInput =
    actorOrder.join('\n') === prev.annotations.actors.map((x) => x.id).join('\n') &&
    nodes.length === old.nodes.length &&
    nodes.every((n, i) => n.id === old.nodes[i]?.id && n.actor === old.nodes[i].actor) &&
    edges.length === old.edges.length &&
    edges.every((e, i) => e.source === old.edges[i]?.source && e.target === old.edges[i].target)
  // The force layout reads only node ids and actors, edge ends and the actor order: same input,
  // same (seeded) output, so the previous positions are reused.
  const place = (n: UnplacedNode, i: number): GraphNode => ({
    ...n,
    x: old.nodes[i]!.x,
    y: old.nodes[i]!.y,
  })
  return {
    nodes: sameLayoutInput ? nodes.map(place) : layoutGraph(nodes, edges, actorOrder),
    edges,
  }
}

/** Whether a meeting was added, removed, or changed its participants (not only its summary or date). */
function graphInputChanged(change: AnnotationsChange): boolean {
  const { before, after } = change.meetings
  if (before.length !== after.length) return true
  const was = new Map(before.map((m) => [m.id, m]))
  const shape = (m: (typeof after)[number]) => JSON.stringify([m.sides, m.via ?? null])
  return after.some((m) => {
    const old = was.get(m.id)
    return !old || shape(old) !== shape(m)
  })
}
