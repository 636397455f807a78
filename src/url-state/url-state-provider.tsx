import type { ReactNode } from 'react'
import { AlternativeStateContext, DatasetContext } from './dataset-on-screen'
import { FilterUpdateContext, UrlFiltersContext, useUrlStateValue } from './use-url-state'

/**
 * Reads the dataset on screen and the URL's filters once, for everything below. `children` is
 * made by a parent that does not re-render with the URL, so a filter change re-renders only the
 * components that read the filters; those that only read the dataset or write the URL keep still.
 */
export function UrlStateProvider({ children }: { children: ReactNode }) {
  const { dataset, alternative, url, update } = useUrlStateValue()
  return (
    <DatasetContext.Provider value={dataset}>
      <AlternativeStateContext.Provider value={alternative}>
        <FilterUpdateContext.Provider value={update}>
          <UrlFiltersContext.Provider value={url}>{children}</UrlFiltersContext.Provider>
        </FilterUpdateContext.Provider>
      </AlternativeStateContext.Provider>
    </DatasetContext.Provider>
  )
}
