import { AppLink } from '../../../components/app-link'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { CITING_COLLECTIONS, selectSourceIndex } from '../../../dataset/select/source-index'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import '../../../components/index-page.css'

/** `/sources`: every article, with its outlet and date, how each is known, and what cites it. */
export function SourceIndex() {
  const rows = selectSourceIndex(useDataset())
  const { linkTo } = useFilters()
  return (
    <main className="index-page">
      <h1>Sources</h1>
      <p className="index-lede">
        {rows.length} articles, oldest first. Every record in the dataset cites verbatim passages
        from them; the counts are records citing each article at least once.
      </p>
      <div className="index-table-wrap">
        <table className="index-table" aria-label="Articles">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              {CITING_COLLECTIONS.map((c) => (
                <th key={c} scope="col" className="num">
                  {c[0]!.toUpperCase() + c.slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ source, counts }) => (
              <tr key={source.id}>
                <th scope="row">
                  <AppLink to={linkTo(`/sources/${source.id}`)}>{source.title}</AppLink>
                </th>
                <td>
                  {source.outlet.name ?? 'not stated'}
                  {source.outlet.name && source.outlet.inferred ? ' (inferred)' : ''}
                  <small>{source.outlet.basis}</small>
                </td>
                <td>
                  {formatDay(source.published.date)}
                  {source.published.inferred ? ' (inferred)' : ''}
                  <small>{source.published.basis}</small>
                </td>
                {CITING_COLLECTIONS.map((c) => (
                  <td key={c} className="num">
                    {counts[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  )
}
