import { queryOptions } from '@tanstack/react-query'
import type { LoadedDataset } from './dataset-schema'
import { DatasetLoadError } from './load-error'
import { SHOWN_HASH_DIGITS, type Provenance } from './provenance'
import { readDatasetBytes } from './read-dataset-bytes'
import { isBuiltInDigest, sha256Hex } from './trusted-dataset'

/** Where the built-in dataset is served from (public/data/dataset.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`

/** Fetches and validates a dataset file (a large one in a worker in the browser). */
export async function getDataset(url: string): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (e) {
    throw new DatasetLoadError(url, `Could not reach ${url}: ${(e as Error).message}`, [], true)
  }
  if (!response.ok) {
    const hint = url === BUILT_IN_DATASET_URL ? ' Run `npm run data` to build it.' : ''
    throw new DatasetLoadError(
      url,
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}.${hint}`,
      [],
      response.status >= 500,
    )
  }
  const bytes = await readDatasetBytes(response, url)
  const text = new TextDecoder().decode(bytes)
  const hash = await sha256Hex(bytes)
  const builtIn = url === BUILT_IN_DATASET_URL
  const provenance: Provenance = {
    kind: builtIn ? 'built-in' : 'link',
    origin: new URL(url, location.href).href,
    hash: hash.slice(0, SHOWN_HASH_DIGITS),
  }
  // The exact file the build validated needs no second validation (decision 007); anything else,
  // including a changed built-in file, gets every check, and only then is the validator loaded.
  if (builtIn && isBuiltInDigest(hash)) {
    const d = JSON.parse(text) as LoadedDataset
    if (d.derived) return { ...d, provenance }
  }
  const { parseDatasetOffThread } = await import('./parse-dataset')
  return parseDatasetOffThread(text, url, provenance)
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
