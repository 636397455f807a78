import {
  SEARCH_KINDS,
  type SearchDocument,
  type SearchKind,
} from '../../dataset/select/search-documents'
import type { SearchHit } from './search-index'

export interface ResultGroup {
  kind: SearchKind
  label: string
  results: { doc: SearchDocument; terms: string[] }[]
  /** Hits in this group beyond those listed. */
  more: number
}

const KIND_LABEL: Record<SearchKind, string> = {
  person: 'People and bodies',
  actor: 'Actors',
  issue: 'Issues',
  dispute: 'Disputes',
  place: 'Places',
  record: 'Records (summaries)',
  quote: 'Quotes',
  sentence: 'In the articles',
}

/** Groups hits by kind in a fixed order, best first within each, at most `perGroup` listed. */
export function groupHits(
  hits: SearchHit[],
  docs: ReadonlyMap<string, SearchDocument>,
  perGroup = 8,
): ResultGroup[] {
  const groups = new Map<SearchKind, ResultGroup>(
    SEARCH_KINDS.map((kind) => [kind, { kind, label: KIND_LABEL[kind], results: [], more: 0 }]),
  )
  for (const hit of hits) {
    const doc = docs.get(hit.id)
    if (!doc) continue
    const group = groups.get(doc.kind)!
    if (group.results.length < perGroup) group.results.push({ doc, terms: hit.terms })
    else group.more++
  }
  return [...groups.values()].filter((g) => g.results.length > 0)
}
