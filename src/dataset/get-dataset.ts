import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { isDatasetParam } from './dataset-source'
import { DatasetLoadError, parseDatasetOffThread, type LoadedDataset } from './parse-dataset'

export { DatasetLoadError, parseDataset, type LoadedDataset } from './parse-dataset'

/** Where the built-in dataset is served from (public/data/dataset.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`

/** Fetches and validates a dataset file (validation runs in a worker in the browser). */
export async function getDataset(url: string): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (e) {
    throw new DatasetLoadError(url, `Could not reach ${url}: ${(e as Error).message}`)
  }
  if (!response.ok) {
    const hint = url === BUILT_IN_DATASET_URL ? ' Run `npm run data` to build it.' : ''
    throw new DatasetLoadError(url, `Could not load ${url}: the server answered ${response.status} ${response.statusText}.${hint}`)
  }
  return parseDatasetOffThread(await response.text(), url)
}

export const datasetKey = (source: string) => ['dataset', source] as const

export const datasetQueryOptions = (url: string = BUILT_IN_DATASET_URL) =>
  queryOptions({ queryKey: datasetKey(url), queryFn: () => getDataset(url), staleTime: Infinity, gcTime: Infinity, retry: false })

/** The `?dataset=` the URL names, if valid; local files live only in the query cache. */
export function useDatasetParam(): string | null {
  const [params] = useSearchParams()
  const value = params.get('dataset')
  return value && isDatasetParam(value) ? value : null
}

/** The state of the alternative dataset the URL names (loading, failed, loaded), or null for the built-in one. */
export function useAlternativeDataset() {
  const source = useDatasetParam()
  const query = useQuery({
    ...datasetQueryOptions(source ?? BUILT_IN_DATASET_URL),
    // A local file cannot be fetched again: it is in the cache or it is gone.
    enabled: !!source && !source.startsWith('local:'),
  })
  return source ? { source, query } : null
}

/** The dataset on screen: the one the URL names once it has loaded, else the built-in one. */
export function useDataset(): LoadedDataset {
  const builtIn = useSuspenseQuery(datasetQueryOptions()).data
  const alternative = useAlternativeDataset()
  return alternative?.query.data ?? builtIn
}
