import { Link } from 'react-router'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Evidence } from '../../../dataset/schema'
import { useFilters } from '../../../url-state/use-url-state'
import { citationParts, passageHash } from '../labels'

/** One verbatim quote with its citation line and a link to the passage in the article. */
function QuoteBlock({ evidence }: { evidence: Evidence }) {
  const { linkTo } = useFilters()
  const source = indexDataset(useDataset()).sources.get(evidence.source)
  if (!source) return <blockquote className="evidence-quote">{evidence.quote}</blockquote>
  const c = citationParts(source)
  const hash = passageHash(source.text, evidence.quote)
  return (
    <figure className="evidence-quote">
      <blockquote>{evidence.quote}</blockquote>
      <figcaption>
        <cite>{c.title}</cite> · <span title={source.outlet.basis}>{c.outlet}</span> ·{' '}
        <span title={source.published.basis}>
          {c.published}
          {c.publishedInferred ? <span className="inferred-tag"> inferred</span> : null}
        </span>{' '}
        ·{' '}
        <Link to={`${linkTo(`/sources/${source.id}`)}${hash ? `#${hash}` : ''}`}>
          Read in source
        </Link>
      </figcaption>
    </figure>
  )
}

/** Every quote behind a record, in the order the record cites them. */
export function QuoteList({ evidence }: { evidence: Evidence[] }) {
  return (
    <div className="evidence-quotes">
      {evidence.map((e, i) => (
        <QuoteBlock key={`${e.source}-${i}`} evidence={e} />
      ))}
    </div>
  )
}

/** Quotes folded behind a summary line, for lists where showing all would swamp the panel. */
export function FoldedQuotes({ evidence }: { evidence: Evidence[] }) {
  return (
    <details className="evidence-fold">
      <summary>
        {evidence.length} quote{evidence.length === 1 ? '' : 's'}
      </summary>
      <QuoteList evidence={evidence} />
    </details>
  )
}
