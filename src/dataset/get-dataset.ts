import { queryOptions } from '@tanstack/react-query'
import type { LoadedDataset } from './dataset-schema'
import { DatasetLoadError } from './load-error'
import { isBuiltInDataset } from './trusted-dataset'

/** Where the built-in dataset is served from (public/data/dataset.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`

/** Fetches and validates a dataset file (a large one in a worker in the browser). */
async function getDataset(url: string): Promise<LoadedDataset> {
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
