import { ViewFrame } from '../../../components/view-frame'

/** Casualty figures (to be built). */
export function CasualtyView() {
  return <ViewFrame title="Casualty figures" view="casualties" chart={() => <p>Not built yet.</p>} table={() => <p>Not built yet.</p>} />
}
