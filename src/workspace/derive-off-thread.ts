import type { LoadedDataset } from '../dataset/dataset-schema'
import type { DerivedState } from '../dataset/derive-incremental'
import type { Problem } from '../dataset/verify'
import type { WorkspaceEntry } from './entries'
import type { DeriveRequest } from './workspace-worker'

export interface Derivation {
  dataset: LoadedDataset
  problems: Problem[]
}

type Answer = { seq: number } & (({ ok: true } & Derivation) | { ok: false; message: string })

/**
 * Merges and derives the workspace in a worker that keeps the published dataset, so each save sends
 * only the entries. Without workers (unit tests) it runs here. Answers to superseded requests are
 * dropped: only the latest entries' result is ever shown.
 */
export function createDeriver(base: LoadedDataset) {
  let seq = 0
  let worker: Worker | null = null
  const waiting = new Map<number, (a: Answer) => void>()
  if (typeof Worker !== 'undefined') {
    worker = new Worker(new URL('./workspace-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<Answer>) => {
      waiting.get(e.data.seq)?.(e.data)
      waiting.delete(e.data.seq)
    }
  }
  let sentBase = false
  // Without a worker, the last derivation is kept here, as the worker keeps its own.
  let last: DerivedState | undefined
  return {
    /** The merged dataset for `entries`, or null when a newer request overtook this one. */
    async derive(entries: WorkspaceEntry[]): Promise<Derivation | null> {
      const mine = ++seq
      let answer: Answer
      if (!worker) {
        const { buildWorkspaceDataset } = await import('./workspace-dataset')
        const built = buildWorkspaceDataset(base, entries, last)
        last = built.state
        answer = { seq: mine, ok: true, dataset: built.dataset, problems: built.problems }
      } else {
        const request: DeriveRequest = { seq: mine, entries, ...(sentBase ? {} : { base }) }
        sentBase = true
        answer = await new Promise<Answer>((resolve) => {
          waiting.set(mine, resolve)
          worker.postMessage(request)
        })
      }
      if (mine !== seq) return null
      if (!answer.ok) throw new Error(answer.message)
      return { dataset: answer.dataset, problems: answer.problems }
    },
    dispose: () => worker?.terminate(),
  }
}
