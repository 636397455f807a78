import { useWorkspace } from '../../../workspace/workspace-context'

/** Where the workspace is kept, an alert when the browser stopped keeping it, and the undo. */
export function StorageNotice() {
  const ws = useWorkspace()
  const { storage } = ws
  return (
    <>
      {storage.problem ? (
        <p role="alert" className="ws-alert">
          {storage.problem} Your work is kept in this tab’s memory only: it is lost when the tab
          closes. Use <strong>Download annotations</strong> to keep it.
        </p>
      ) : (
        <p className="ws-storage">
          {storage.kind === 'indexeddb'
            ? `Saved in this browser as you work (${ws.entries.length} change${ws.entries.length === 1 ? '' : 's'}).`
            : 'Opening the browser’s storage…'}
        </p>
      )}
      {storage.unreadable.length ? (
        <p role="alert" className="ws-alert">
          {storage.unreadable.length} stored change(s) could not be read and are left untouched in
          storage: {storage.unreadable.map((u) => `${u.key} (${u.reason})`).join('; ')}.
        </p>
      ) : null}
      {ws.notice ? (
        <p role="alert" className="ws-alert">
          {ws.notice}
        </p>
      ) : null}
      <p aria-live="polite" className="ws-undo">
        {ws.undoLabel ? (
          <button type="button" onClick={() => void ws.undo()}>
            Undo {ws.undoLabel}
          </button>
        ) : null}
      </p>
    </>
  )
}
