import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { useDatasetOnScreen, type AlternativeState } from './dataset-on-screen'
import type { LoadedDataset } from '../dataset/dataset-schema'
import { filterVocabulary } from '../dataset/select/index-dataset'
import {
  heldExcept,
  parseUrlState,
  readDatasetParam,
  serializeUrlState,
  type UrlState,
  type VersionMismatch,
} from './url-state'
import { useShownFilters } from './shown-filters-context'

/**
 * A change to the filters, or a function from the URL's latest filters to one (null: no change).
 * Toggles use the function: inside a deferred view (decision 009) this render's filters may lag
 * the URL, and a toggle worked out from them would undo a change the view has not drawn yet.
 */
type FilterPatch = Partial<UrlState> | ((latest: UrlState) => Partial<UrlState> | null)

/** Pushes a filter change to the URL (a new history entry unless `replace`). */
export type UpdateFilters = (patch: FilterPatch, options?: { replace?: boolean }) => void

/** What the URL says, parsed and validated against the dataset on screen. */
export interface UrlFilters {
  filters: UrlState
  /** What in the URL was not understood and has been ignored, for the filter bar to say. */
  notices: string[]
  /** The link's pinned dataset version when it is not the one open; null when they agree. */
  version: VersionMismatch | null
  /** A path that keeps the current filters, with `patch` applied. */
  linkTo: (path: string, patch?: Partial<UrlState>) => string
  span: { from: string; to: string }
}

/** Changes with every URL change; its consumers re-render then. */
export const UrlFiltersContext = createContext<UrlFilters | null>(null)
/** Stable for a dataset, so components that only write the URL do not re-render when it changes. */
export const FilterUpdateContext = createContext<UpdateFilters | null>(null)

/**
 * The one place URL state is read and written, called once by `UrlStateProvider`: the dataset on
 * screen, the search params parsed against it, and `update`. Everything below reads them from
 * context, so a filter change parses the URL once, not once per component.
 */
export function useUrlStateValue(): {
  dataset: LoadedDataset
  alternative: AlternativeState | null
  url: UrlFilters
  update: UpdateFilters
} {
  const [params] = useSearchParams()
  // `?dataset=` first: it says which dataset the rest of the URL is checked against.
  const source = useMemo(() => readDatasetParam(params).dataset, [params])
  const { dataset, alternative } = useDatasetOnScreen(source)
  const { hash } = useLocation()
  const navigate = useNavigate()
  const vocab = filterVocabulary(dataset)
  // The URL names a dataset that has not arrived (loading, failed, or a local file gone): what
  // names its records is held until it is here, not checked against the one on screen (issue 17).
  const pending = !!alternative && !alternative.data
  const {
    state: filters,
    notices,
    version,
    held,
  } = useMemo(() => parseUrlState(params, vocab, { pending }), [params, vocab, pending])

  // The URL as of the latest commit: with flushSync, a second update in the same handler already
  // sees the first one here, where this render's `params` would not.
  const latest = useRef({ params, hash })
  useLayoutEffect(() => {
    latest.current = { params, hash }
  })
  const update = useCallback<UpdateFilters>(
    (patch, options = {}) => {
      const { state: now, held } = parseUrlState(latest.current.params, vocab, { pending })
      const change = typeof patch === 'function' ? patch(now) : patch
      if (!change) return
      const search = serializeUrlState(
        { ...now, ...change },
        vocab.span,
        heldExcept(held, change),
      ).toString()
      // The hash stays: on an article it is the passage being read (#q-OFFSET), which a change of
      // range should not lose. flushSync: the inputs and views show the edit in the event's own
      // task; a plain router update would render in a later one and could show the old filter.
      void navigate(
        { search: search ? `?${search}` : '', hash: latest.current.hash },
        { replace: options.replace, preventScrollReset: true, flushSync: true },
      )
    },
    // useNavigate's function is stable in a data router, so `update` stays the same for a dataset
    // and its context does not change with the URL.
    [vocab, pending, navigate],
  )

  const url = useMemo<UrlFilters>(
    () => ({
      filters,
      notices,
      version,
      span: vocab.span,
      linkTo: (path, patch = {}) => {
        const query = serializeUrlState(
          { ...filters, ...patch },
          vocab.span,
          heldExcept(held, patch),
        ).toString()
        return query ? `${path}?${query}` : path
      },
    }),
    [filters, notices, version, held, vocab.span],
  )
  return { dataset, alternative, url, update }
}

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} was called outside UrlStateProvider`)
  return value
}

/** Only `update`: for components that write the URL without drawing what it says. */
export const useFilterUpdate = (): UpdateFilters =>
  required(useContext(FilterUpdateContext), 'useFilterUpdate()')

/** The URL's filters as they are now, never deferred: for the filter inputs themselves. */
export function useUrlFilters(): UrlFilters & { update: UpdateFilters } {
  const url = required(useContext(UrlFiltersContext), 'useUrlFilters()')
  return { ...url, update: useFilterUpdate() }
}

/**
 * The filters to draw, `update` and `linkTo`. Inside `ShownFilters` on a large dataset, `filters`
 * are the ones the views have drawn, which may lag the URL by a render (decision 009);
 * `useUrlFilters` always gives the URL's.
 */
export function useFilters() {
  const state = useUrlFilters()
  const shown = useShownFilters()
  return shown ? { ...state, filters: shown } : state
}
