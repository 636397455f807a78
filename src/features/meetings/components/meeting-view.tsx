import { ViewFrame } from '../../../components/view-frame'

/** Meeting graph (to be built). */
export function MeetingView() {
  return <ViewFrame title="Meeting graph" view="meetings" chart={() => <p>Not built yet.</p>} table={() => <p>Not built yet.</p>} />
}
