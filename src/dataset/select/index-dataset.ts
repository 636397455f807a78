import type { LoadedDataset } from '../dataset-schema'
import type {
  Actor,
  Casualty,
  DatasetEvent,
  Dispute,
  Issue,
  Meeting,
  Person,
  Population,
  Position,
  Source,
} from '../schema'

/** What the URL may name, taken from the loaded dataset. */
export interface FilterVocabulary {
  span: { from: string; to: string }
  /** The dataset's version, which a copied link carries as `v`. */
  version?: string
  actors: ReadonlySet<string>
  issues: ReadonlySet<string>
  people: ReadonlySet<string>
  /** Returns true when a selection string points at something that exists. */
  isSelectable: (sel: string) => boolean
}

/** Lookups by id, built once per loaded dataset. */
export interface DatasetIndex {
  actors: Map<string, Actor>
  people: Map<string, Person>
  issues: Map<string, Issue>
  populations: Map<string, Population>
  sources: Map<string, Source>
  positions: Map<string, Position>
  casualties: Map<string, Casualty>
  meetings: Map<string, Meeting>
  events: Map<string, DatasetEvent>
  disputes: Map<string, Dispute>
  /** Dispute ids naming each record. */
  disputesOf: Map<string, string[]>
}

const cache = new WeakMap<LoadedDataset, DatasetIndex>()
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]))

/** Indexes a dataset; memoised on the dataset object, so selectors can call it freely. */
export function indexDataset(d: LoadedDataset): DatasetIndex {
  const hit = cache.get(d)
  if (hit) return hit
  const disputesOf = new Map<string, string[]>()
  for (const dispute of d.disputes)
    for (const side of dispute.sides)
      for (const r of side.records)
        if (!disputesOf.get(r)?.includes(dispute.id))
          disputesOf.set(r, [...(disputesOf.get(r) ?? []), dispute.id])
  const index: DatasetIndex = {
    actors: byId(d.actors),
    people: byId(d.people),
    issues: byId(d.issues),
    populations: byId(d.populations),
    sources: byId(d.sources),
    positions: byId(d.positions),
    casualties: byId(d.casualties),
    meetings: byId(d.meetings),
    events: byId(d.events),
    disputes: byId(d.disputes),
    disputesOf,
  }
  cache.set(d, index)
  return index
}

export { overlaps } from '../when'

const vocabularies = new WeakMap<LoadedDataset, FilterVocabulary>()

/**
 * What URL parameters may name in this dataset; memoised on the dataset, since every component that
 * reads the filters asks for it when it mounts, and a large dataset's Sets take milliseconds to fill.
 */
export function filterVocabulary(d: LoadedDataset): FilterVocabulary {
  const hit = vocabularies.get(d)
  if (hit) return hit
  const ix = indexDataset(d)
  const nodes = new Set(d.derived.graph.nodes.map((n) => n.id))
  const edges = new Set(d.derived.graph.edges.map((e) => e.id))
  const isRecord = (id: string) =>
    ix.positions.has(id) ||
    ix.casualties.has(id) ||
    ix.meetings.has(id) ||
    ix.events.has(id) ||
    ix.disputes.has(id)
  const vocabulary: FilterVocabulary = {
    span: d.derived.span,
    version: d.version,
    actors: new Set(ix.actors.keys()),
    issues: new Set(ix.issues.keys()),
    people: new Set(ix.people.keys()),
    isSelectable: (sel) => {
      const [kind, a, b] = sel.split(':')
      if (kind === 'cell') return !!a && !!b && ix.actors.has(a) && ix.issues.has(b)
      if (kind === 'edge') return !!a && edges.has(a)
      if (kind === 'node') return !!a && nodes.has(a)
      return sel.indexOf(':') === -1 && isRecord(sel)
    },
  }
  vocabularies.set(d, vocabulary)
  return vocabulary
}
