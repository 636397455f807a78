import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { createContext, useContext, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { isDatasetParam } from './dataset-source'
import { DatasetLoadError, type LoadedDataset } from './load-error'
import { isBuiltInDataset } from './trusted-dataset'

export { DatasetLoadError, type LoadedDataset } from './load-error'

/** Where the built-in dataset is served from (public/data/dataset.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`

/** Fetches and validates a dataset file (a large one in a worker in the browser). */
export async function getDataset(url: string): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (e) {
    throw new DatasetLoadError(url, `Could not reach ${url}: ${(e as Error).message}`)
  }
  if (!response.ok) {
    const hint = url === BUILT_IN_DATASET_URL ? ' Run `npm run data` to build it.' : ''
    throw new DatasetLoadError(
      url,
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}.${hint}`,
    )
  }
  const bytes = await response.arrayBuffer()
  const text = new TextDecoder().decode(bytes)
  // The exact file the build validated needs no second validation (decision 007); anything else,
  // including a changed built-in file, gets every check, and only then is the validator loaded.
  if (url === BUILT_IN_DATASET_URL && (await isBuiltInDataset(bytes))) {
    const d = JSON.parse(text) as LoadedDataset
    if (d.derived) return d
  }
  const { parseDatasetOffThread } = await import('./parse-dataset')
  return parseDatasetOffThread(text, url)
}

export const datasetKey = (source: string) => ['dataset', source] as const

export const datasetQueryOptions = (url: string = BUILT_IN_DATASET_URL) =>
  queryOptions({
    queryKey: datasetKey(url),
    queryFn: () => getDataset(url),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  })

/** The `?dataset=` the URL names, if valid; local files live only in the query cache. */
function useDatasetParam(): string | null {
  const [params] = useSearchParams()
  const value = params.get('dataset')
  return value && isDatasetParam(value) ? value : null
}

/** The state of the alternative dataset the URL names (loading, failed, loaded), or null for the built-in one. */
function useAlternativeDataset() {
  const source = useDatasetParam()
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
 * The dataset on screen: the one the URL names once it has loaded, else the built-in one, and the
 * state of the one named. Called once, by `UrlStateProvider`; everything below reads the results
 * from context (`useDataset`, `useAlternativeState`).
 */
export function useDatasetOnScreen(): {
  dataset: LoadedDataset
  alternative: AlternativeState | null
} {
  const builtIn = useSuspenseQuery(datasetQueryOptions()).data
  const named = useAlternativeDataset()
  const source = named?.source
  const { data, error, isFetching } = named?.query ?? {}
  // One object per change of state, so the context holding it does not change with the URL.
  const alternative = useMemo(
    () => (source ? { source, data, error: error ?? null, isFetching: !!isFetching } : null),
    [source, data, error, isFetching],
  )
  return { dataset: data ?? builtIn, alternative }
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
