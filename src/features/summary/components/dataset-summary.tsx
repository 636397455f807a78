import { Link } from 'react-router'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { datasetLine } from '../../../dataset/provenance'
import { useFilters } from '../../../url-state/use-url-state'
import { formatDay } from '../../../lib/dates'
import { summarize } from '../summarize'
import { MethodNotes } from './method-notes'
import { RecordsChart } from './records-chart'
import '../../../components/index-page.css'

/** What the dataset holds, its span, its version and the articles it was read from. */
export function DatasetSummary() {
  const dataset = useDataset()
  const s = summarize(dataset)
  const { linkTo } = useFilters()
  return (
    <>
      <h1>{dataset.title}</h1>
      <p className="lede">
        {formatDay(s.span.from)} – {formatDay(s.span.to)} · {s.quotes} verbatim quotes ·{' '}
        {s.inferredDates} of {s.datedRecords} dates inferred
      </p>
      <p className="dataset-provenance">{datasetLine(dataset.provenance, dataset.builtAt)}</p>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">What it holds</h2>
        <dl className="counts">
          {s.counts.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="months-heading">
        <h2 id="months-heading">When it happened</h2>
        <RecordsChart dataset={dataset} />
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {/* Scrolls sideways on its own on a narrow screen, so the page does not. */}
        <div className="index-table-wrap">
          <table className="sources-table">
            <thead>
              <tr>
                <th scope="col">Published</th>
                <th scope="col">Article</th>
                <th scope="col">Outlet</th>
                <th scope="col">How the date is known</th>
              </tr>
            </thead>
            <tbody>
              {[...dataset.sources]
                .sort(
                  (a, b) =>
                    a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id),
                )
                .map((src) => (
                  <tr key={src.id}>
                    <td>
                      {formatDay(src.published.date)}
                      {src.published.inferred ? (
                        <span className="inferred-tag"> inferred</span>
                      ) : null}
                    </td>
                    <td>
                      <Link to={linkTo(`/sources/${src.id}`)}>{src.title}</Link>
                    </td>
                    <td>
                      {src.outlet.name ?? 'Not stated'}
                      {src.outlet.name && src.outlet.inferred ? (
                        <span className="inferred-tag"> inferred</span>
                      ) : null}
                      <p className="source-basis">{src.outlet.basis}</p>
                    </td>
                    <td>{src.published.basis}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
      <MethodNotes />
    </>
  )
}
