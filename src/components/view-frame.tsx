import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import type { TableView } from '../url-state/url-state'
import { useFilters } from '../url-state/use-url-state'
import { ExportMenu, type ExportData } from './export-menu'

function ViewFailed({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <div role="alert" className="view-failed">
      <p>
        <strong>This view failed to render.</strong>{' '}
        {error instanceof Error ? error.message : String(error)}
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
export function ViewFrame(props: {
  title: string
  view: TableView
  chart: () => ReactNode
  table: () => ReactNode
  tools?: ReactNode
  className?: string
  /** The rows, records and sources shown; enables the Export menu. */
  exportData?: () => ExportData
}) {
  const { filters, update } = useFilters()
  const showTable = filters.tables.includes(props.view)
  const headingId = `${props.view}-heading`
  const toggle = () =>
    update(({ tables }) => ({
      tables: tables.includes(props.view)
        ? tables.filter((t) => t !== props.view)
        : [...tables, props.view],
    }))
  return (
    <section
      aria-labelledby={headingId}
      className={`view-frame ${props.className ?? ''}`}
      data-view={props.view}
      data-range={`${filters.from}..${filters.to}`}
    >
      <div className="view-frame-head">
        <h2 id={headingId}>{props.title}</h2>
        <div className="view-frame-tools" data-export-skip>
          {props.tools}
          {props.exportData ? (
            <ExportMenu title={props.title} view={props.view} data={props.exportData} />
          ) : null}
          <button type="button" aria-pressed={showTable} onClick={toggle}>
            Show data table
          </button>
        </div>
      </div>
      <ErrorBoundary
        FallbackComponent={ViewFailed}
        resetKeys={[filters.from, filters.to, filters.actor, filters.issue, filters.sel]}
      >
        <div className="view-frame-body">{showTable ? props.table() : props.chart()}</div>
      </ErrorBoundary>
    </section>
  )
}
