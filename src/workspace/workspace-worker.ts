/// <reference lib="webworker" />
import type { LoadedDataset } from '../dataset/dataset-schema'
import type { WorkspaceEntry } from './entries'
import type { DerivedState } from '../dataset/derive-incremental'
import { buildWorkspaceDataset, publishedState } from './workspace-dataset'

export interface DeriveRequest {
  seq: number
  /** Sent with the first request only; the worker keeps it. */
  base?: LoadedDataset
  entries: WorkspaceEntry[]
}

let base: LoadedDataset | null = null
// The last save's annotations and views: the next save derives again only what it changed.
let last: DerivedState | null = null

// Deriving the views (a new graph layout above all) can take seconds at scale: here it leaves the
// page responsive.
self.onmessage = (e: MessageEvent<DeriveRequest>) => {
  if (e.data.base) {
    base = e.data.base
    last = publishedState(base)
  }
  if (!base || !last) return
  try {
    const { dataset, problems, state } = buildWorkspaceDataset(base, e.data.entries, last)
    last = state
    self.postMessage({ seq: e.data.seq, ok: true, dataset, problems })
  } catch (error) {
    self.postMessage({ seq: e.data.seq, ok: false, message: String(error) })
  }
}
