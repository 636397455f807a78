import { useEffect, useState } from 'react'
import type { LoadedDataset } from '../../dataset/dataset-schema'
import type { SearchHit } from './search-index'
import { searchDataset } from './search-client'

/** The hits for `query` in the dataset on screen; `null` while the first answer is on its way. */
export function useSearch(
  dataset: LoadedDataset,
  query: string,
): { hits: SearchHit[] | null; pending: boolean } {
  const [answer, setAnswer] = useState<{
    dataset: LoadedDataset
    query: string
    hits: SearchHit[]
  } | null>(null)
  useEffect(() => {
    if (!query.trim()) return
    let live = true
    void searchDataset(dataset, query).then((hits) => {
      if (live) setAnswer({ dataset, query, hits })
    })
    return () => {
      live = false
    }
  }, [dataset, query])
  if (!query.trim()) return { hits: [], pending: false }
  const current = answer?.dataset === dataset && answer.query === query
  // While a new answer is computed the previous one stays, so results do not blink while typing.
  return { hits: answer?.dataset === dataset ? answer.hits : null, pending: !current }
}
