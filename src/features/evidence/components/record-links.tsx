import type { ReactNode } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset, overlaps } from '../../../dataset/select/index-dataset'
import type { When } from '../../../dataset/schema'
import { useFilterUpdate, useFilters } from '../../../url-state/use-url-state'
import { recordLabel, whenLabel } from '../labels'
import { partlyInside } from '../../../dataset/when'

/** How an inferred date was worked out, as small text; nothing when the date is stated. */
export function WhenBasis({ when }: { when: When }) {
  return when.basis ? <small className="evidence-basis">{when.basis}</small> : null
}

/** A date with its "inferred" marker; the basis shows on hover and (unless `inline`) as small text below. */
export function WhenText({ when, inline = false }: { when: When; inline?: boolean }) {
  return (
    <>
      <span title={when.basis}>
        {whenLabel(when)}
        {when.inferred ? <span className="inferred-tag"> inferred</span> : null}
      </span>
      {inline ? null : <WhenBasis when={when} />}
    </>
  )
}

/** A button that makes a record (or dispute) the selection. */
export function SelectButton({ id, children }: { id: string; children?: ReactNode }) {
  const update = useFilterUpdate()
  const ix = indexDataset(useDataset())
  return (
    <button type="button" className="evidence-link-button" onClick={() => update({ sel: id })}>
      {children ?? recordLabel(id, ix)}
    </button>
  )
}

/** A person's name as a button that selects them (and clears the record selection). */
export function PersonButton({ id, children }: { id: string; children: ReactNode }) {
  const update = useFilterUpdate()
  return (
    <button
      type="button"
      className="evidence-link-button"
      onClick={() => update({ person: id, sel: null })}
    >
      {children}
    </button>
  )
}

/** The disputes naming a record, as links that select each dispute; nothing when there are none. */
export function DisputeLinks({ recordIds }: { recordIds: string[] }) {
  const ix = indexDataset(useDataset())
  const ids = [...new Set(recordIds.flatMap((r) => ix.disputesOf.get(r) ?? []))]
  if (ids.length === 0) return null
  return (
    <div className="evidence-disputes">
      <h4>
        <span aria-hidden="true">⚠</span> Sources disagree
      </h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <SelectButton id={id}>{ix.disputes.get(id)?.summary ?? id}</SelectButton>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A note shown when the selected record lies outside the date range, or only partly inside it. */
export function OutOfRange({ when }: { when: When }) {
  const { filters } = useFilters()
  if (!overlaps(when, filters.from, filters.to))
    return (
      <p className="evidence-note">
        This is outside the current date range; it is shown because it is selected.
      </p>
    )
  return partlyInside(when, filters.from, filters.to) ? (
    <p className="evidence-note">
      Its date is a range only partly inside the current date range: it may fall outside it.
    </p>
  ) : null
}
