import type { Dataset, LoadedDataset } from './dataset-schema'
import { validateDataset } from './validate'
import { migrateDataset } from './migrate'
import type { Problem } from './verify'
import { DatasetLoadError } from './load-error'
import type { CheckedDataset } from './dataset-schema'
import { DERIVED_ADVICE, DISAGREEMENT } from './check-derived'
import type { Provenance } from './provenance'

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
    // Refused for disagreeing with its own records, not for a malformed `derived` (a schema problem).
    const lied = result.problems.some(
      (p) => p.collection === 'derived' && p.message.startsWith(DISAGREEMENT),
    )
    throw new DatasetLoadError(
      file,
      lied
        ? `${file} was refused: ${DERIVED_ADVICE}`
        : `${file} failed validation with ${n} problem${n === 1 ? '' : 's'}.`,
      result.problems,
    )
  }
  return result.value
}

/** Adds the derived views a file may lack; the layout code (d3-force) loads only then. */
export async function withDerivedViews(d: Dataset): Promise<CheckedDataset> {
  if (d.derived) return { ...d, derived: d.derived }
  const { deriveViews } = await import('./derive')
  return { ...d, derived: deriveViews(d) }
}

/** Below this size a file parses in a few milliseconds: starting a worker (and fetching its code) costs more. */
const WORKER_THRESHOLD_CHARS = 1_000_000

/** What the worker answers: the verdict, and derived views only when the file lacked them. */
export type WorkerVerdict =
  | { ok: true; derived: CheckedDataset['derived'] | null }
  | { ok: false; file: string; message: string; problems: Problem[]; transient?: boolean }

/**
 * How long the worker may take before the page gives up on it: validation runs at a few MB a second
 * on a slow machine (x1000, 216 MB, took 14 s in the bench), so the limit grows with the file.
 */
export const workerTimeoutMs = (chars: number) => 20_000 + Math.ceil(chars / 1_000_000) * 200

/**
 * Parses and validates a file. A large file is validated in a Web Worker while this thread parses
 * its own copy: the worker sends back only its verdict, because copying a 20 MB dataset back to
 * this thread costs as long as parsing it here, and here it overlaps the validation.
 */
export async function parseDatasetOffThread(
  text: string,
  file: string,
  provenance: Provenance,
): Promise<LoadedDataset> {
  if (typeof Worker === 'undefined' || text.length < WORKER_THRESHOLD_CHARS)
    return { ...(await withDerivedViews(parseDataset(text, file))), provenance }
  const verdict = validateInWorker(text, file)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    // The worker words the JSON error the same way, with the position.
    raw = undefined
  }
  const answer = await verdict
  if (!answer.ok)
    throw new DatasetLoadError(answer.file, answer.message, answer.problems, answer.transient)
  // The worker's schema check passed on the same text, so this parse (migrated the same way) has the validated shape.
  const d = migrateDataset(raw) as Dataset
  return { ...d, derived: d.derived ?? answer.derived!, provenance }
}

function validateInWorker(text: string, file: string): Promise<WorkerVerdict> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
    const limit = workerTimeoutMs(text.length)
    const fail = (message: string) => {
      clearTimeout(timer)
      worker.terminate()
      resolve({ ok: false, file, message, problems: [], transient: true })
    }
    // A worker that never answers (hung, or its script replaced) must not leave a spinner forever.
    const timer = setTimeout(
      () =>
        fail(
          `${file} was not checked: the validation worker gave no answer in ${Math.round(limit / 1000)} s. Try again; if it fails again, the browser may be blocking workers.`,
        ),
      limit,
    )
    worker.onmessage = (e: MessageEvent<WorkerVerdict>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(e.data)
    }
    // A worker the browser refused to start (a security policy, an extension) fires an error event
    // without a message.
    worker.onerror = (e) =>
      fail(
        `${file} was not checked: the validation worker could not run (${e.message || 'the browser blocked or could not load it'}).`,
      )
    worker.postMessage({ text, file })
  })
}
