import { useDeferredValue, type ReactNode } from 'react'
import { useDataset } from './dataset-on-screen'
import { rendersInBackground, ShownFiltersContext } from './shown-filters-context'
import { useUrlFilters } from './use-url-state'

/**
 * Wraps the views. For a large dataset they draw the URL's filters through `useDeferredValue`:
 * the URL, the inputs and the evidence change at once, and the views follow in an interruptible,
 * time-sliced render, so no one task blocks input and a newer change abandons an older one. For a
 * small dataset the value deferred is always null, so nothing renders twice.
 */
export function ShownFilters({ children }: { children: ReactNode }) {
  const large = rendersInBackground(useDataset())
  const { filters } = useUrlFilters()
  const deferred = useDeferredValue(large ? filters : null)
  return (
    <ShownFiltersContext.Provider value={large ? (deferred ?? filters) : null}>
      {children}
    </ShownFiltersContext.Provider>
  )
}
