import { createContext, useContext } from 'react'
import type { LoadedDataset } from '../dataset/dataset-schema'
import type { Problem } from '../dataset/verify'
import type { AnyRecord, Collection, WorkspaceEntry } from './entries'

/** Where the workspace is kept, and what went wrong if it is not kept in the browser. */
export interface StorageState {
  kind: 'loading' | 'indexeddb' | 'memory'
  /** Said to the analyst when storage failed: the work stays in memory only. */
  problem: string | null
  /** Stored entries this version cannot read (kept in the store, not shown). */
  unreadable: { key: string; reason: string }[]
}

export interface WorkspaceApi {
  entries: WorkspaceEntry[]
  storage: StorageState
  /** The published dataset the workspace applies to. */
  base: LoadedDataset
  /** The merged dataset's problems, as the build would report them. */
  problems: Problem[]
  /** True while a change is being merged and derived. */
  deriving: boolean
  /** The last thing that went wrong or needs saying (a conflict with another tab). */
  notice: string | null
  save(collection: Collection, id: string, record: AnyRecord | null, text?: string): Promise<void>
  /** Drops the workspace's change to a record: it is the published version again. */
  revert(collection: Collection, id: string): Promise<void>
  /** Saves several records as one step (an article and its records, an import). */
  saveMany(
    changes: { collection: Collection; id: string; record: AnyRecord | null; text?: string }[],
  ): Promise<void>
  undo(): Promise<void>
  /** What undo would undo, in words; null when there is nothing. */
  undoLabel: string | null
  discard(): Promise<void>
}

export const WorkspaceContext = createContext<WorkspaceApi | null>(null)

/** The merged dataset, alone, so views re-render when it changes and not on other workspace state. */
export const WorkspaceDatasetContext = createContext<LoadedDataset | null>(null)

/** The workspace and its actions; only under `WorkspaceProvider`. */
export function useWorkspace(): WorkspaceApi {
  const api = useContext(WorkspaceContext)
  if (!api) throw new Error('useWorkspace() was called outside WorkspaceProvider')
  return api
}

/** The published dataset with the workspace applied; null when the workspace is empty or absent. */
export const useWorkspaceDataset = () => useContext(WorkspaceDatasetContext)
