import type { MarkFlagger, MarkFlags } from '../../../dataset/select/mark-flags'
import type { GraphScene } from './graph-scene'

/** Workspace-only and selected-dispute flags of a scene's flagged edges and nodes (others: none). */
export interface GraphFlags {
  edges: ReadonlyMap<string, MarkFlags>
  nodes: ReadonlyMap<string, MarkFlags>
}

const EMPTY: GraphFlags = { edges: new Map(), nodes: new Map() }
const cache = new WeakMap<GraphScene, WeakMap<MarkFlagger, GraphFlags>>()

/**
 * An edge stands for its meetings in range. A node stands for its person or body: it is the
 * workspace's only when that record is, and is in the dispute when one of its edges is. Memoised
 * per scene and flagger, so the same flags are the same objects and memo'd marks skip re-rendering.
 */
export function graphFlags(scene: GraphScene, flagger: MarkFlagger): GraphFlags {
  if (!flagger.hasWorkspaceOnly && !flagger.dispute) return EMPTY
  let perFlagger = cache.get(scene)
  if (!perFlagger) cache.set(scene, (perFlagger = new WeakMap<MarkFlagger, GraphFlags>()))
  const hit = perFlagger.get(flagger)
  if (hit) return hit
  const edges = new Map<string, MarkFlags>()
  const meetingsAt = new Map<string, string[]>()
  for (const e of scene.graph.edges) {
    const f = flagger.flags(e.inRange)
    if (f.note) edges.set(e.id, f)
    for (const end of [e.source, e.target])
      meetingsAt.set(end, [...(meetingsAt.get(end) ?? []), ...e.inRange])
  }
  const nodes = new Map<string, MarkFlags>()
  for (const n of scene.graph.nodes) {
    const own = [n.person, n.actor].filter((id): id is string => id !== null)
    const f = flagger.flags(own, meetingsAt.get(n.id) ?? [])
    if (f.note) nodes.set(n.id, f)
  }
  const flags = { edges, nodes }
  perFlagger.set(flagger, flags)
  return flags
}
