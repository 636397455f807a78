import type { DatasetEvent, Dispute } from '../../../dataset/schema'
import { QuoteList } from './quote-block'
import { OutOfRange, SelectButton, WhenText } from './record-links'

const KIND: Record<Dispute['kind'], string> = {
  denial: 'A claim and its denial',
  'differing-figures': 'Differing figures',
  'conflicting-accounts': 'Conflicting accounts',
}

/** A disagreement between sources: each side, the records it backs, and its quotes. */
export function DisputeDetails({ dispute }: { dispute: Dispute }) {
  return (
    <>
      <h3>
        <span aria-hidden="true">⚠</span> {KIND[dispute.kind]}
      </h3>
      <p>{dispute.summary}</p>
      {dispute.sides.map((side, i) => (
        <section key={i} className="evidence-side" aria-label={side.label}>
          <h4>{side.label}</h4>
          {side.records.length ? (
            <ul className="evidence-plain-list">
              {side.records.map((id) => (
                <li key={id}>
                  <SelectButton id={id} />
                </li>
              ))}
            </ul>
          ) : null}
          <QuoteList evidence={side.evidence} />
        </section>
      ))}
    </>
  )
}

/** A dated event on the timeline. */
export function EventDetails({ event }: { event: DatasetEvent }) {
  return (
    <>
      <h3>{event.label}</h3>
      <OutOfRange when={event.when} />
      <dl className="evidence-facts">
        <dt>Date</dt>
        <dd>
          <WhenText when={event.when} />
        </dd>
      </dl>
      <p>{event.summary}</p>
      <QuoteList evidence={event.evidence} />
    </>
  )
}
