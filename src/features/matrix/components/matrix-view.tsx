import { ViewFrame } from '../../../components/view-frame'

/** Position matrix (to be built). */
export function MatrixView() {
  return <ViewFrame title="Position matrix" view="matrix" chart={() => <p>Not built yet.</p>} table={() => <p>Not built yet.</p>} />
}
