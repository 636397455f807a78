import { useDataset } from '../../url-state/dataset-on-screen'
import { datasetLine } from '../../dataset/provenance'
import { indexDataset } from '../../dataset/select/index-dataset'
import { CasualtyView } from '../../features/casualties/components/casualty-view'
import { EvidencePanel } from '../../features/evidence/components/evidence-panel'
import { MatrixView } from '../../features/matrix/components/matrix-view'
import { MeetingView } from '../../features/meetings/components/meeting-view'
import { formatDay } from '../../lib/dates'
import { useFilters } from '../../url-state/use-url-state'

/** `/brief`: the three views and the selected evidence stacked for printing on A4 or Letter. */
export function BriefRoute() {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { filters } = useFilters()
  const focus = [
    filters.actor ? ix.actors.get(filters.actor)?.name : null,
    filters.issue ? ix.issues.get(filters.issue)?.label : null,
    filters.person ? ix.people.get(filters.person)?.name : null,
  ].filter(Boolean)
  return (
    <main className="brief">
      <header className="brief-head">
        <h1>Blueline brief: {dataset.title}</h1>
        <p>
          {formatDay(filters.from)} – {formatDay(filters.to)}
          {focus.length ? ` · focus: ${focus.join(', ')}` : ''}
        </p>
        <p className="brief-provenance">{datasetLine(dataset.provenance, dataset.builtAt)}</p>
        <p className="brief-print-hint" data-export-skip>
          Print this page (Ctrl+P) for a brief on A4 or Letter paper.{' '}
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </p>
      </header>
      <MatrixView />
      <CasualtyView />
      <MeetingView />
      <EvidencePanel />
    </main>
  )
}
