import MiniSearch, { type SearchResult } from 'minisearch'
import type { SearchDocument } from '../../dataset/select/search-documents'
import type { IndexChange } from './index-change'

/** One hit: the document's id, its score, and the indexed words it matched (lower case). */
export interface SearchHit {
  id: string
  score: number
  terms: string[]
}

/** Built by `buildSearchIndex`; kept opaque so the worker and the bench share one configuration. */
export type SearchIndex = MiniSearch<SearchDocument>

/** Indexes names and labels (`title`) and text; stores nothing, the page keeps the documents. */
export function buildSearchIndex(docs: SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: [],
    // Curly apostrophes and quotes in the articles split words as straight ones do.
    processTerm: (term) => term.toLowerCase().replace(/[\u2018\u2019'\u201c\u201d"]/g, '') || null,
  })
  index.addAll(docs)
  return index
}

/** Applies a workspace save's change in place: only the documents it touched are re-indexed. */
export function updateSearchIndex(index: SearchIndex, change: IndexChange): void {
  index.removeAll(change.remove)
  index.addAll(change.add)
}

/** At most this many hits per query: enough for every group's first page, bounded for x100. */
const MAX_HITS = 400

/**
 * Every word must match (the last one as a prefix, for typing), a word of five letters or more
 * may be one edit away; names weigh twice their text.
 */
export function querySearchIndex(index: SearchIndex, query: string): SearchHit[] {
  const q = query.trim()
  if (!q) return []
  const results: SearchResult[] = index.search(q, {
    combineWith: 'AND',
    boost: { title: 2 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    fuzzy: (term) => (term.length >= 5 ? 1 : false),
  })
  return results
    .slice(0, MAX_HITS)
    .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }))
}
