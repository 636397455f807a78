import { useWorkspace } from '../workspace/workspace-context'

/**
 * Says that the views are catching up with a workspace save. Most saves derive in milliseconds; one
 * that moves the meeting graph lays it out again (seconds at scale), and meanwhile the views show
 * the dataset as it was before the save.
 */
export function WorkspaceUpdating() {
  const { deriving } = useWorkspace()
  if (!deriving) return null
  return (
    <p role="status" className="workspace-updating">
      Updating the views with your workspace change…
    </p>
  )
}
