import { useMemo, useRef } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { resolveSelection } from '../../../dataset/select/selection'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { ExportMenu } from '../../../components/export-menu'
import { evidenceExport } from '../evidence-export'
import { useFilters } from '../../../url-state/use-url-state'
import { EvidenceFailed } from './evidence-failed'
import { EvidenceHead } from './evidence-head'
import { useRevealOnChange } from '../../../lib/reveal'
import { PinButton } from './pin-button'
import { SelectionDetails } from './selection-details'
import '../evidence.css'

function EvidenceHelp() {
  return (
    <div className="evidence-help">
      <p>
        Select something to see the quotes behind it: click a matrix cell, a casualty mark, or a
        person or meeting in the graph.
      </p>
      <p>
        A record is in range by the date its event happened; dates marked &lsquo;inferred&rsquo;
        were worked out from the article (hover for how) and are included.
      </p>
    </div>
  )
}

/** The selection resolved and drawn; inside the panel's boundary, so a record that cannot be resolved fails here. */
function EvidenceBody() {
  const dataset = useDataset()
  const { filters, update } = useFilters()
  const selection = useMemo(() => resolveSelection(dataset, filters), [dataset, filters])
  return (
    <>
      <EvidenceHead>
        {selection ? (
          <span className="evidence-tools" data-export-skip>
            <ExportMenu
              title="Evidence"
              view="evidence"
              data={() => evidenceExport(selection, indexDataset(dataset))}
            />
            <PinButton sel={filters.sel ?? (filters.person ? `person:${filters.person}` : null)} />
            <button
              type="button"
              onClick={() =>
                update(selection.kind === 'actor' ? { actor: null } : { sel: null, person: null })
              }
            >
              {selection.kind === 'actor' ? 'Clear focus' : 'Clear selection'}
            </button>
          </span>
        ) : null}
      </EvidenceHead>
      <div>{selection ? <SelectionDetails selection={selection} /> : <EvidenceHelp />}</div>
    </>
  )
}

/** The quotes and facts behind the current selection, or how to make one. */
export function EvidencePanel() {
  const dataset = useDataset()
  const { filters } = useFilters()
  const panel = useRef<HTMLElement>(null)
  // A new selection (a tapped cell, mark or node) brings the panel into view if it is off screen.
  useRevealOnChange(panel, [filters.sel, filters.person, filters.actor])
  return (
    <aside ref={panel} aria-label="Evidence" className="evidence-panel">
      <ErrorBoundary
        FallbackComponent={EvidenceFailed}
        resetKeys={[dataset, filters.sel, filters.person, filters.actor]}
      >
        <EvidenceBody />
      </ErrorBoundary>
    </aside>
  )
}
