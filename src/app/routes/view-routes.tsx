import { ShownFilters } from '../../components/shown-filters'
import { CasualtyView } from '../../features/casualties/components/casualty-view'
import { EvidencePanel } from '../../features/evidence/components/evidence-panel'
import { MatrixView } from '../../features/matrix/components/matrix-view'
import { MeetingView } from '../../features/meetings/components/meeting-view'

/** `/`: the three views side by side, with the evidence for the selection. */
export function OverviewRoute() {
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
}

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

export const MatrixRoute = () => <SingleView title="Position matrix" view={<MatrixView />} />
export const CasualtiesRoute = () => <SingleView title="Casualty figures" view={<CasualtyView />} />
export const MeetingsRoute = () => <SingleView title="Meeting graph" view={<MeetingView />} />
