import { useDataset } from '../url-state/dataset-on-screen'

/** Marks a record the analyst's workspace added ("not in the published dataset") or edited. */
export function WorkspaceBadge({ id }: { id: string }) {
  const marks = useDataset().workspace
  if (!marks?.changed.has(id)) return null
  const only = marks.only.has(id)
  return (
    <span
      className="workspace-badge"
      title={
        only ? 'Added in your workspace; not in the published dataset' : 'Edited in your workspace'
      }
    >
      {only ? ' workspace only' : ' edited in workspace'}
    </span>
  )
}
