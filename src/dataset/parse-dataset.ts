import type { Dataset } from './dataset-schema'
import { validateDataset } from './validate'
import type { Problem } from './verify'

/** A dataset that could not be loaded, with every problem located by file and JSON path. */
export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}

/** A dataset whose derived views are guaranteed present. */
export type LoadedDataset = Dataset & { derived: NonNullable<Dataset['derived']> }

/** Parses and validates a dataset file's text with the same checks as the build. */
export function parseDataset(text: string, file: string): Dataset {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new DatasetLoadError(file, `${file} is not valid JSON: ${(e as Error).message}`)
  }
  const result = validateDataset(raw)
  if (!result.ok) {
    const n = result.problems.length
    throw new DatasetLoadError(file, `${file} failed validation with ${n} problem${n === 1 ? '' : 's'}.`, result.problems)
  }
  return result.value
}

/** Adds the derived views a file may lack; the layout code (d3-force) loads only then. */
export async function withDerivedViews(d: Dataset): Promise<LoadedDataset> {
  if (d.derived) return { ...d, derived: d.derived }
  const { deriveViews } = await import('./derive')
  return { ...d, derived: deriveViews(d) }
}

/** Below this size a file parses in a few milliseconds: starting a worker (and fetching its code) costs more. */
const WORKER_THRESHOLD_CHARS = 1_000_000

/** Parses large files in a Web Worker where the platform has one (the browser), small ones on this thread. */
export async function parseDatasetOffThread(text: string, file: string): Promise<LoadedDataset> {
  return withDerivedViews(await parseSomewhere(text, file))
}

function parseSomewhere(text: string, file: string): Promise<Dataset> {
  if (typeof Worker === 'undefined' || text.length < WORKER_THRESHOLD_CHARS) return Promise.resolve().then(() => parseDataset(text, file))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<{ ok: true; dataset: Dataset } | { ok: false; file: string; message: string; problems: Problem[] }>) => {
      worker.terminate()
      if (e.data.ok) resolve(e.data.dataset)
      else reject(new DatasetLoadError(e.data.file, e.data.message, e.data.problems))
    }
    worker.onerror = (e) => {
      worker.terminate()
      reject(new DatasetLoadError(file, `Could not read ${file}: ${e.message}`))
    }
    worker.postMessage({ text, file })
  })
}
