import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { datasetKey } from '../../../dataset/get-dataset'
import { DatasetLoadError } from '../../../dataset/load-error'
import { SHOWN_HASH_DIGITS } from '../../../dataset/provenance'
import { MAX_DATASET_BYTES, tooLarge } from '../../../dataset/read-dataset-bytes'
import { sha256Hex } from '../../../dataset/trusted-dataset'
import { useAlternativeState, useDataset } from '../../../url-state/dataset-on-screen'
import { useFilterUpdate } from '../../../url-state/use-url-state'
import { asLoadError, datasetName } from '../dataset-name'
import { LoadFailure } from './load-failure'
import '../dataset-picker.css'

// Shown only when loading takes longer than this, so quick loads do not flicker.
const PROGRESS_DELAY_MS = 150

/** "Open dataset…" (file picker and drag-and-drop), the name of the dataset on screen, and the way back. */
export function DatasetPicker() {
  const dataset = useDataset()
  const alternative = useAlternativeState()
  const update = useFilterUpdate()
  const client = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [loading, setLoading] = useState<string | null>(null)
  const [failure, setFailure] = useState<DatasetLoadError | null>(null)
  const [dragging, setDragging] = useState(false)
  const lastFile = useRef<File | null>(null)

  const open = async (file: File) => {
    lastFile.current = file
    setFailure(null)
    const timer = setTimeout(() => setLoading(file.name), PROGRESS_DELAY_MS)
    try {
      // The validator (zod) loads on first use: the built-in dataset does not need it (decision 007).
      if (file.size > MAX_DATASET_BYTES) throw tooLarge(file.name, file.size)
      const { parseDatasetOffThread } = await import('../../../dataset/parse-dataset')
      const bytes = await file.arrayBuffer()
      const hash = (await sha256Hex(bytes)).slice(0, SHOWN_HASH_DIGITS)
      const loaded = await parseDatasetOffThread(new TextDecoder().decode(bytes), file.name, {
        kind: 'file',
        origin: file.name,
        hash,
      })
      client.setQueryData(datasetKey(`local:${file.name}`), loaded)
      update({ dataset: `local:${file.name}`, sel: null, person: null })
    } catch (e) {
      setFailure(
        e instanceof DatasetLoadError
          ? e
          : new DatasetLoadError(file.name, `${file.name} could not be read: ${String(e)}`),
      )
    } finally {
      clearTimeout(timer)
      setLoading(null)
    }
  }
  const onDrop = useEffectEvent((file: File) => void open(file))

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return
      e.preventDefault()
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0]
      if (!file) return
      e.preventDefault()
      setDragging(false)
      onDrop(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  const source = alternative?.source
  // Any failure is shown: a body that stopped half way used to surface as a plain TypeError, and vanish.
  const altError = alternative?.error ? asLoadError(alternative.error, source ?? '') : null
  const localMissing = !!source && source.startsWith('local:') && !alternative?.data
  const name = source ? (source.startsWith('local:') ? source.slice(6) : source) : null
  return (
    <div className="dataset-picker">
      <p className="dataset-name">
        Dataset:{' '}
        <strong className="dataset-label" title={dataset.provenance.origin}>
          {alternative?.data ? datasetName(dataset.provenance) : 'built-in'}
        </strong>
        {source ? (
          <button type="button" onClick={() => update({ dataset: null, sel: null, person: null })}>
            Back to the built-in dataset
          </button>
        ) : null}
      </p>
      <button type="button" onClick={() => input.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Dataset file"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void open(file)
        }}
      />
      {loading || alternative?.isFetching ? (
        <p className="dataset-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading {loading ?? name}…
        </p>
      ) : null}
      {failure ? (
        <LoadFailure
          error={failure}
          note={`Still showing ${dataset.title}.`}
          onDismiss={() => setFailure(null)}
          onRetry={() => lastFile.current && void open(lastFile.current)}
        />
      ) : null}
      {altError && source ? (
        <LoadFailure
          error={altError}
          note="Showing the built-in dataset instead."
          onRetry={() => void client.refetchQueries({ queryKey: datasetKey(source) })}
        />
      ) : null}
      {localMissing ? (
        <p className="load-failure" role="alert">
          The file {name} was opened in an earlier visit and is not loaded now: open it again, or go
          back to the built-in dataset.
        </p>
      ) : null}
      {dragging ? <div className="drop-overlay">Drop a dataset file (JSON) to open it</div> : null}
    </div>
  )
}
