import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { createContext, useContext, useMemo } from 'react'
import type { LoadedDataset } from '../dataset/dataset-schema'
import { BUILT_IN_DATASET_URL, datasetQueryOptions } from '../dataset/get-dataset'
import { useWorkspaceDataset } from '../workspace/workspace-context'

/** The state of the alternative dataset the URL names (loading, failed, loaded), or null for the built-in one. */
function useAlternativeDataset(source: string | null) {
  const query = useQuery({
    ...datasetQueryOptions(source ?? BUILT_IN_DATASET_URL),
    // A local file cannot be fetched again: it is in the cache or it is gone.
    enabled: !!source && !source.startsWith('local:'),
  })
  return source ? { source, query } : null
}

/** Where the dataset the URL names stands, for the dataset picker to say; null for the built-in one. */
export interface AlternativeState {
  source: string
  data: LoadedDataset | undefined
  error: Error | null
  isFetching: boolean
}

/**
 * The dataset on screen: the one `source` (the URL's `?dataset=`) names once it has loaded, else
 * the built-in one, and the state of the one named. Called once, by `UrlStateProvider`; everything below reads the results
 * from context (`useDataset`, `useAlternativeState`).
 */
export function useDatasetOnScreen(source: string | null): {
  dataset: LoadedDataset
  alternative: AlternativeState | null
} {
  const builtIn = useSuspenseQuery(datasetQueryOptions()).data
  const named = useAlternativeDataset(source)
  const { data, error, isFetching } = named?.query ?? {}
  // One object per change of state, so the context holding it does not change with the URL.
  const alternative = useMemo(
    () => (source ? { source, data, error: error ?? null, isFetching: !!isFetching } : null),
    [source, data, error, isFetching],
  )
  // The analyst's workspace applies to the published dataset only, never to an opened file.
  const withWorkspace = useWorkspaceDataset()
  return { dataset: data ?? withWorkspace ?? builtIn, alternative }
}

/** Holds `useDatasetOnScreen`'s alternative for the tree under `UrlStateProvider`. */
export const AlternativeStateContext = createContext<AlternativeState | null>(null)
/** Where the dataset the URL names stands; null while the URL names none. */
export const useAlternativeState = () => useContext(AlternativeStateContext)

/** Holds `useDatasetOnScreen`'s result for the tree under `UrlStateProvider`. */
export const DatasetContext = createContext<LoadedDataset | null>(null)

/**
 * The dataset on screen. A context read, not the queries themselves: some thirty components ask
 * for it, and each running two queries and reading the URL cost about 1 ms of every filter change
 * (decision 010).
 */
export function useDataset(): LoadedDataset {
  const dataset = useContext(DatasetContext)
  if (!dataset) throw new Error('useDataset() was called outside UrlStateProvider')
  return dataset
}
