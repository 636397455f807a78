/// <reference lib="webworker" />
import type { LoadedDataset } from '../dataset/dataset-schema'
import type { WorkspaceEntry } from './entries'
import { buildWorkspaceDataset } from './workspace-dataset'

export interface DeriveRequest {
  seq: number
  /** Sent with the first request only; the worker keeps it. */
  base?: LoadedDataset
  entries: WorkspaceEntry[]
}

let base: LoadedDataset | null = null

// Deriving the views (the graph layout above all) takes 100-300 ms: here it leaves the page responsive.
self.onmessage = (e: MessageEvent<DeriveRequest>) => {
  if (e.data.base) base = e.data.base
  if (!base) return
  try {
    const { dataset, problems } = buildWorkspaceDataset(base, e.data.entries)
    self.postMessage({ seq: e.data.seq, ok: true, dataset, problems })
  } catch (error) {
    self.postMessage({ seq: e.data.seq, ok: false, message: String(error) })
  }
}
