import type { Annotations } from './schema'

type Row = { id: string }

/** What changed between two versions of one collection, by id. */
interface CollectionChange<T extends Row> {
  /** Ids added, removed, or whose record differs in value. */
  ids: Set<string>
  /** The records before and after the change (an added record has no "before"). */
  before: T[]
  after: T[]
  /** Whether the list is no longer the same ids in the same order (something added, removed or moved). */
  reordered: boolean
  /** An id used twice in either version: only a full derivation knows which one wins. */
  duplicated: boolean
}

const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y)

/**
 * Compares two versions of a collection. Unchanged records are usually the same object (the
 * merge reuses the published ones), so the value comparison runs only on the few that are not.
 */
function collectionChange<T extends Row>(
  prev: readonly T[],
  next: readonly T[],
): CollectionChange<T> {
  const old = new Map(prev.map((r) => [r.id, r]))
  const change: CollectionChange<T> = {
    ids: new Set(),
    before: [],
    after: [],
    reordered: prev.length !== next.length,
    duplicated: old.size !== prev.length || new Set(next.map((r) => r.id)).size !== next.length,
  }
  next.forEach((r, i) => {
    if (prev[i]?.id !== r.id) change.reordered = true
    const was = old.get(r.id)
    old.delete(r.id)
    if (was && same(was, r)) return
    change.ids.add(r.id)
    change.after.push(r)
    if (was) change.before.push(was)
  })
  for (const [id, was] of old) {
    change.ids.add(id)
    change.before.push(was)
  }
  return change
}

/** Every collection's change between two versions of the annotations. */
export function annotationsChange(prev: Annotations, next: Annotations) {
  return {
    sources: collectionChange(prev.sources, next.sources),
    actors: collectionChange(prev.actors, next.actors),
    people: collectionChange(prev.people, next.people),
    positions: collectionChange(prev.positions, next.positions),
    casualties: collectionChange(prev.casualties, next.casualties),
    meetings: collectionChange(prev.meetings, next.meetings),
    events: collectionChange(prev.events, next.events),
    disputes: collectionChange(prev.disputes, next.disputes),
  }
}
export type AnnotationsChange = ReturnType<typeof annotationsChange>
