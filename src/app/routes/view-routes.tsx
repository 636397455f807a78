import { memo } from 'react'
import { ShownFilters } from '../../url-state/shown-filters'
import { CasualtyView } from '../../features/casualties/components/casualty-view'
import { EvidencePanel } from '../../features/evidence/components/evidence-panel'
import { MatrixView } from '../../features/matrix/components/matrix-view'
import { MeetingView } from '../../features/meetings/components/meeting-view'

// Each route is memo'd: the router renders it anew on every navigation, a filter change included;
// with no props to compare it bails out, and only the components that read the URL re-render.

/** `/`: the three views side by side, with the evidence for the selection. */
export const OverviewRoute = memo(function OverviewRoute() {
  return (
    <main className="overview">
      <h1 className="visually-hidden">Overview</h1>
      <ShownFilters>
        <div className="overview-matrix">
          <MatrixView />
        </div>
        <div className="overview-casualties">
          <CasualtyView />
        </div>
        <div className="overview-meetings">
          <MeetingView />
        </div>
      </ShownFilters>
      <EvidencePanel />
    </main>
  )
})

/** One view full-screen, with the evidence panel beside it. */
function SingleView({ title, view }: { title: string; view: React.ReactNode }) {
  return (
    <main className="single-view">
      <h1 className="visually-hidden">{title}</h1>
      <div className="single-view-main">
        <ShownFilters>{view}</ShownFilters>
      </div>
      <EvidencePanel />
    </main>
  )
}

export const MatrixRoute = memo(() => <SingleView title="Position matrix" view={<MatrixView />} />)
export const CasualtiesRoute = memo(() => (
  <SingleView title="Casualty figures" view={<CasualtyView />} />
))
export const MeetingsRoute = memo(() => <SingleView title="Meeting graph" view={<MeetingView />} />)
