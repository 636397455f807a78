import { useMemo } from 'react'
import { AppLink } from '../../../components/app-link'
import { useDataset } from '../../../url-state/dataset-on-screen'
import type { SearchDocument } from '../../../dataset/select/search-documents'
import { formatDay } from '../../../lib/dates'
import { useUrlFilters } from '../../../url-state/use-url-state'
import { groupHits } from '../group-hits'
import { documentsOf } from '../search-client'
import { useSearch } from '../use-search'
import { Highlighted } from './highlighted'
import '../search.css'

/** Where a result leads, keeping the date range: a page, a selection, or a passage to read. */
function useResultLink() {
  const { linkTo } = useUrlFilters()
  return (doc: SearchDocument) =>
    linkTo(doc.path, { sel: doc.sel ?? null, issue: doc.issue ?? null, q: null }) + (doc.hash ?? '')
}

/** `/search?q=`: what matched, grouped by kind, matched words marked. */
export function SearchResults() {
  const dataset = useDataset()
  const { filters } = useUrlFilters()
  const q = filters.q ?? ''
  const { hits, pending } = useSearch(dataset, q)
  const docs = documentsOf(dataset)
  const groups = useMemo(() => (hits ? groupHits(hits, docs) : []), [hits, docs])
  const href = useResultLink()
  const total = hits?.length ?? 0

  const status = !q.trim()
    ? 'Type in the search field above: names (with their other spellings), places, issues, quotes and every sentence of the articles are searched.'
    : hits === null
      ? 'Indexing the dataset…'
      : total === 0
        ? `Nothing matches "${q}".`
        : `${total}${total >= 400 ? '+' : ''} match${total === 1 ? '' : 'es'} for "${q}"${pending ? ' (updating…)' : ''}.`

  return (
    <main className="search-page">
      <h1>Search</h1>
      <p role="status" className="search-status">
        {status}
      </p>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`search-${g.kind}`} className="search-group">
          <h2 id={`search-${g.kind}`}>
            {g.label} <small>({g.results.length + g.more})</small>
          </h2>
          <ol>
            {g.results.map(({ doc, terms }) => (
              <li key={doc.id}>
                <AppLink to={href(doc)} className="search-result-title">
                  <Highlighted text={doc.title} terms={terms} />
                </AppLink>
                {doc.date ? <small> {formatDay(doc.date)}</small> : null}
                {doc.text ? (
                  <p className="search-result-text">
                    <Highlighted text={doc.text} terms={terms} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {g.more > 0 ? (
            <p className="search-more">and {g.more} more; add a word to narrow the search.</p>
          ) : null}
        </section>
      ))}
    </main>
  )
}
