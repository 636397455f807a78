import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Dataset } from './dataset-schema'
import { deriveViews } from './derive'
import { validateDataset } from './validate'
import type { Problem } from './verify'

/** Where the built-in dataset is served from (public/data/dataset.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`

/** A dataset that could not be loaded, with every problem located by file and JSON path. */
export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}

/** A dataset whose derived views are guaranteed present. */
export type LoadedDataset = Dataset & { derived: NonNullable<Dataset['derived']> }

/** Parses and validates a dataset file's text with the same checks as the build. */
export function parseDataset(text: string, file: string): LoadedDataset {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new DatasetLoadError(file, `${file} is not valid JSON: ${(e as Error).message}`)
  }
  const result = validateDataset(raw)
  if (!result.ok) {
    const n = result.problems.length
    throw new DatasetLoadError(file, `${file} failed validation with ${n} problem${n === 1 ? '' : 's'}.`, result.problems)
  }
  const d = result.value
  return { ...d, derived: d.derived ?? deriveViews(d) }
}

/** Fetches and validates a dataset file. */
export async function getDataset(url: string): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (e) {
    throw new DatasetLoadError(url, `Could not reach ${url}: ${(e as Error).message}`)
  }
  if (!response.ok) {
    throw new DatasetLoadError(url, `Could not load ${url}: the server answered ${response.status} ${response.statusText}. Run \`npm run data\` to build it.`)
  }
  return parseDataset(await response.text(), url)
}

export const datasetQueryOptions = (url: string = BUILT_IN_DATASET_URL) =>
  queryOptions({ queryKey: ['dataset', url], queryFn: () => getDataset(url), staleTime: Infinity, retry: false })

/** The loaded dataset; route loaders ensure it is in the cache before this renders. */
export function useDataset(url: string = BUILT_IN_DATASET_URL): LoadedDataset {
  return useSuspenseQuery(datasetQueryOptions(url)).data
}
