import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'
import { useDataset } from '../dataset/get-dataset'
import { filterVocabulary } from '../dataset/select/index-dataset'
import { parseFilters, serializeFilters, type Filters } from './filters'
import { useShownFilters } from './shown-filters'

/**
 * A change to the filters, or a function from the URL's latest filters to one (null: no change).
 * Toggles use the function: inside a deferred view (decision 009) this render's filters may lag
 * the URL, and a toggle worked out from them would undo a change the view has not drawn yet.
 */
export type FilterPatch = Partial<Filters> | ((latest: Filters) => Partial<Filters> | null)

/**
 * The one place URL state is read and written: parses and validates the search params against the
 * dataset, and offers `update` (push a new history entry) and `linkTo` (a path keeping the filter).
 * Inside `ShownFilters` on a large dataset, `filters` are the ones the views have drawn, which may
 * lag the URL by a render (decision 009); `useUrlFilters` always gives the URL's.
 */
export function useFilters() {
  const state = useUrlFilters()
  const shown = useShownFilters()
  return shown ? { ...state, filters: shown } : state
}

/** The URL's filters as they are now, never deferred: for the filter inputs themselves. */
export function useUrlFilters() {
  const dataset = useDataset()
  const [params, setParams] = useSearchParams()
  const vocab = filterVocabulary(dataset)
  const { filters, notices } = useMemo(() => parseFilters(params, vocab), [params, vocab])

  // The URL as of the latest commit: with flushSync, a second update in the same handler already
  // sees the first one here, where this render's `params` would not.
  const latestParams = useRef(params)
  useLayoutEffect(() => {
    latestParams.current = params
  })
  const update = useCallback(
    (patch: FilterPatch, options: { replace?: boolean } = {}) => {
      const latest = parseFilters(latestParams.current, vocab).filters
      const change = typeof patch === 'function' ? patch(latest) : patch
      if (!change) return
      // flushSync: the inputs and views show the edit in the event's own task; a plain router
      // update would render in a later one and could show the old filter for a frame.
      setParams(serializeFilters({ ...latest, ...change }, vocab.span), {
        replace: options.replace,
        preventScrollReset: true,
        flushSync: true,
      })
    },
    [setParams, vocab],
  )

  const linkTo = useCallback(
    (path: string, patch: Partial<Filters> = {}) => {
      const query = serializeFilters({ ...filters, ...patch }, vocab.span).toString()
      return query ? `${path}?${query}` : path
    },
    [filters, vocab.span],
  )

  return { filters, notices, update, linkTo, span: vocab.span }
}
