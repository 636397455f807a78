import { createContext, useContext } from 'react'
import type { LoadedDataset } from '../dataset/dataset-schema'
import type { UrlState } from './url-state'

/**
 * From this many dated records on, a filter change takes the views hundreds of milliseconds to
 * redraw (x1000: 350,000 records), more than any one task may block input for. x100 (35,000) stays
 * synchronous: it redraws within 100 ms, and deferring would only add a second render.
 */
export const BACKGROUND_RENDER_MIN_RECORDS = 100_000

/** True when the views of this dataset draw a filter change in the background (decision 009). */
export function rendersInBackground(d: LoadedDataset): boolean {
  const records = d.positions.length + d.meetings.length + d.casualties.length + d.events.length
  return records >= BACKGROUND_RENDER_MIN_RECORDS
}

/** The filters the views should draw, when they lag behind the URL; null when they follow it. */
export const ShownFiltersContext = createContext<UrlState | null>(null)

/** The filters the enclosing views draw, or null where they are the URL's own. */
export const useShownFilters = (): UrlState | null => useContext(ShownFiltersContext)
