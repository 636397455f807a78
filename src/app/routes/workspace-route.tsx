import { WorkspacePage } from '../../features/workspace/components/workspace-page'

/** `/workspace`: the analyst's own articles and records. */
export function WorkspaceRoute() {
  return <WorkspacePage />
}
