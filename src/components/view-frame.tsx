import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import type { TableView } from '../lib/filters'
import { useFilters } from '../lib/use-filters'

function ViewFailed({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <div role="alert" className="view-failed">
      <p>
        <strong>This view failed to render.</strong> {error instanceof Error ? error.message : String(error)}
      </p>
      <p>The other views keep working. Try again, or change the filter.</p>
      <button type="button" onClick={resetErrorBoundary}>
        Retry
      </button>
    </div>
  )
}

/**
 * A view's frame: a named section with its own error boundary and a "Show data table" toggle
 * kept in the URL. `chart` and `table` render lazily, so only the visible one is built.
 */
export function ViewFrame(props: { title: string; view: TableView; chart: () => ReactNode; table: () => ReactNode; tools?: ReactNode; className?: string }) {
  const { filters, update } = useFilters()
  const showTable = filters.tables.includes(props.view)
  const headingId = `${props.view}-heading`
  const toggle = () =>
    update({ tables: showTable ? filters.tables.filter((t) => t !== props.view) : [...filters.tables, props.view] })
  return (
    <section aria-labelledby={headingId} className={`view-frame ${props.className ?? ''}`} data-view={props.view}>
      <div className="view-frame-head">
        <h2 id={headingId}>{props.title}</h2>
        <div className="view-frame-tools">
          {props.tools}
          <button type="button" aria-pressed={showTable} onClick={toggle}>
            Show data table
          </button>
        </div>
      </div>
      <ErrorBoundary FallbackComponent={ViewFailed} resetKeys={[filters.from, filters.to, filters.actor, filters.issue, filters.sel]}>
        <div className="view-frame-body">{showTable ? props.table() : props.chart()}</div>
      </ErrorBoundary>
    </section>
  )
}
