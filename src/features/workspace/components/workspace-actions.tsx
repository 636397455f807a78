import { useId, useState } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { unzipFiles } from '../../../workspace/annotation-files'
import { planImport, type ImportPlan } from '../../../workspace/import'
import { useWorkspace } from '../../../workspace/workspace-context'
import { downloadAnnotations, downloadDataset } from '../download'
import { ImportReview } from './import-review'

/** Download annotations or the dataset, import a colleague's zip, or discard the workspace. */
export function WorkspaceActions() {
  const ws = useWorkspace()
  const dataset = useDataset()
  const id = useId()
  const [message, setMessage] = useState<string | null>(null)
  const [plan, setPlan] = useState<ImportPlan | null>(null)
  const [confirming, setConfirming] = useState(false)

  const download = async () => {
    setMessage('Preparing the zip…')
    try {
      await downloadAnnotations(ws.base, ws.entries)
      setMessage(
        'Downloaded. Unzip it at the root of a clone (it writes into data/) and run npm run data.',
      )
    } catch (e) {
      setMessage(`The zip could not be made: ${(e as Error).message}`)
    }
  }

  const importZip = async (file: File | undefined) => {
    if (!file) return
    setPlan(null)
    try {
      const files = unzipFiles(new Uint8Array(await file.arrayBuffer()))
      setPlan(planImport(files, ws.base, ws.entries))
      setMessage(null)
    } catch (e) {
      setMessage(
        `Import annotations: ${file.name} was not imported: ${(e as Error).message}. Your workspace is unchanged.`,
      )
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="ws-actions">
      <h2 id={`${id}-h`}>Hand on</h2>
      <p className="ws-buttons">
        <button type="button" onClick={() => void download()}>
          Download annotations
        </button>
        <button type="button" onClick={() => downloadDataset(dataset)}>
          Download dataset
        </button>
        <label className="ws-file-button">
          Import annotations
          <input
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => {
              void importZip(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </label>
        <button
          type="button"
          className="ws-danger"
          disabled={!ws.entries.length}
          onClick={() => setConfirming(true)}
        >
          Discard workspace
        </button>
      </p>
      <p role="status">{message}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="ws-confirm">
          <p id={`${id}-confirm`}>
            Discard all {ws.entries.length} changes in the workspace? They are removed from this
            browser; download the annotations first to keep them.
          </p>
          <button
            type="button"
            className="ws-danger"
            onClick={() => {
              void ws.discard()
              setConfirming(false)
              setMessage('The workspace was discarded.')
            }}
          >
            Discard {ws.entries.length} changes
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      ) : null}
      {plan ? (
        <ImportReview
          plan={plan}
          onDone={(text) => {
            setPlan(null)
            setMessage(text)
          }}
        />
      ) : null}
    </section>
  )
}
