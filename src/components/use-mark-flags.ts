import { markFlagger, type MarkFlagger } from '../dataset/select/mark-flags'
import { useDataset } from '../url-state/dataset-on-screen'
import { useFilters } from '../url-state/use-url-state'

/** The mark flagger for the dataset on screen and the URL's selection (see mark-flags.ts). */
export function useMarkFlags(): MarkFlagger {
  const dataset = useDataset()
  const { filters } = useFilters()
  return markFlagger(dataset, filters.sel)
}
