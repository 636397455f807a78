import { useId, useState, type ReactNode } from 'react'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { useFilters } from '../../../url-state/use-url-state'
import { filterSummary } from '../filter-summary'

/**
 * Holds the filter bar and the timeline. On a narrow screen (phone.css) they fold behind one button
 * that says what is filtered, so the views start on the first screen; on a wide one the button is
 * hidden and they show as always. Open or shut is how this screen is laid out, not what is shown,
 * so it is kept here rather than in the URL.
 */
export function FilterDrawer({ children }: { children: ReactNode }) {
  const dataset = useDataset()
  const { filters, notices, span } = useFilters()
  const [open, setOpen] = useState<boolean | null>(null)
  const bodyId = useId()
  // A link with parameters that were ignored opens the bar, so the message saying so is seen.
  const shown = open ?? notices.length > 0
  const ix = indexDataset(dataset)
  const summary = filterSummary({
    from: filters.from,
    to: filters.to,
    span,
    actor: filters.actor ? (ix.actors.get(filters.actor)?.name ?? filters.actor) : null,
    issue: filters.issue ? (ix.issues.get(filters.issue)?.label ?? filters.issue) : null,
    person: filters.person ? (ix.people.get(filters.person)?.name ?? filters.person) : null,
  })
  return (
    <div className={`filter-drawer${shown ? ' is-open' : ''}`}>
      <button
        type="button"
        className="filter-drawer-toggle"
        aria-expanded={shown}
        aria-controls={bodyId}
        onClick={() => setOpen(!shown)}
      >
        <span aria-hidden="true" className="filter-drawer-chevron">
          {shown ? '▾' : '▸'}
        </span>{' '}
        {summary}
      </button>
      <div id={bodyId} className="filter-drawer-body">
        {children}
      </div>
    </div>
  )
}
