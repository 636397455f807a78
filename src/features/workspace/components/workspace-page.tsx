import { useState } from 'react'
import { useWorkspace } from '../../../workspace/workspace-context'
import { AddArticleForm } from './add-article-form'
import { WorkspaceActions } from './workspace-actions'
import { WorkspaceRecords } from './workspace-records'
import { StorageNotice } from './storage-notice'
import '../workspace.css'

/** `/workspace`: add articles, see what the workspace holds, and hand it on. */
export function WorkspacePage() {
  const ws = useWorkspace()
  const [adding, setAdding] = useState(false)
  return (
    <main className="page ws-page">
      <h1>Workspace</h1>
      <p className="ws-intro">
        Add an article and mark its passages as positions, figures, meetings and events. What you
        save here is kept in this browser and shown in every view at once, marked as not in the
        published dataset. Download the annotations to hand them on: unzipped at the root of a
        clone, <code>npm run data</code> builds them as they are.
      </p>
      <StorageNotice />
      {adding ? (
        <AddArticleForm onCancel={() => setAdding(false)} />
      ) : (
        <p>
          <button type="button" className="ws-primary" onClick={() => setAdding(true)}>
            Add article
          </button>
        </p>
      )}
      <WorkspaceRecords />
      <WorkspaceActions />
      {ws.problems.length ? (
        <section aria-labelledby="ws-problems-h" className="ws-problems">
          <h2 id="ws-problems-h">What the dataset build would refuse ({ws.problems.length})</h2>
          <ul>
            {ws.problems.map((p, i) => (
              <li key={i}>
                {p.collection}
                {p.recordId ? ` "${p.recordId}"` : ''}, {p.path.join('.')}: {p.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  )
}
