/** Evidence for the current selection (to be built). */
export function EvidencePanel() {
  return (
    <aside aria-label="Evidence" className="evidence-panel">
      <h2>Evidence</h2>
      <p>Not built yet.</p>
    </aside>
  )
}
