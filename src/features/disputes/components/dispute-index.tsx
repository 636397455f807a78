import type { ReactNode } from 'react'
import { AppLink } from '../../../components/app-link'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Evidence } from '../../../dataset/schema'
import { useFilters } from '../../../url-state/use-url-state'
import '../../../components/index-page.css'

const KIND: Record<string, string> = {
  denial: 'A claim and its denial',
  'differing-figures': 'Differing figures',
  'conflicting-accounts': 'Conflicting accounts',
}

/** A record id as a reader would name it: a position's or figure's summary, a meeting's. */
function useRecordName() {
  const ix = indexDataset(useDataset())
  return (id: string) =>
    ix.positions.get(id)?.summary ??
    ix.casualties.get(id)?.summary ??
    ix.meetings.get(id)?.summary ??
    ix.events.get(id)?.label ??
    id
}

/**
 * `/disputes`: every place the articles disagree, each side with its records and quotes.
 * `quotes` draws the evidence (the app passes the evidence panel's); `?sel=` marks one dispute.
 */
export function DisputeIndex({ quotes }: { quotes: (evidence: Evidence[]) => ReactNode }) {
  const dataset = useDataset()
  const { filters, linkTo } = useFilters()
  const name = useRecordName()
  return (
    <main className="index-page">
      <h1>Disputes</h1>
      <p className="index-lede">
        {dataset.disputes.length} disputes: where the articles, or the people they quote, disagree.
        Both sides are kept; selecting one shows it beside the views.
      </p>
      <ol className="index-list">
        {dataset.disputes.map((x) => (
          <li
            key={x.id}
            aria-labelledby={`dispute-${x.id}`}
            className={filters.sel === x.id ? 'is-selected' : undefined}
          >
            <h2 id={`dispute-${x.id}`}>{x.summary}</h2>
            <p className="index-lede">
              {KIND[x.kind] ?? x.kind} ·{' '}
              <AppLink to={linkTo('/', { sel: x.id })}>Select it in the views</AppLink>
            </p>
            {x.sides.map((side, i) => (
              <section key={i} aria-label={side.label} className="evidence-item">
                <h3>{side.label}</h3>
                {side.records.length ? (
                  <ul>
                    {side.records.map((r) => (
                      <li key={r}>
                        <AppLink to={linkTo('/', { sel: r })}>{name(r)}</AppLink>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {quotes(side.evidence)}
              </section>
            ))}
          </li>
        ))}
      </ol>
    </main>
  )
}
