import { isDatasetParam } from '../dataset/dataset-source'
import type { FilterVocabulary } from '../dataset/select/index-dataset'
import type { RecordSelection } from '../dataset/select/record-filter'
import { isRealIsoDate } from '../lib/dates'
import {
  parseTableQueries,
  TABLE_PARAM_KEYS,
  writeTableQueries,
  type TableQueries,
} from './table-params'

/** The views that can show a data table instead of (or beside) their chart. */
const TABLE_VIEWS = ['matrix', 'casualties', 'meetings'] as const
export type TableView = (typeof TABLE_VIEWS)[number]

/**
 * Everything the URL holds: the filters, the selection, the tables shown and the dataset. All a
 * shared link must reproduce; the views draw from it and from nothing else.
 */
export interface UrlState extends RecordSelection {
  tables: TableView[]
  /** Another dataset to show instead of the built-in one (see isDatasetParam). */
  dataset: string | null
  /** The search query (`/search?q=`). */
  q: string | null
  /** Each data table's sort and filter (table-params.ts). */
  tableQueries: TableQueries
}

const MAX_PARAM_LENGTH = 200
const KNOWN = new Set([
  'from',
  'to',
  'actor',
  'issue',
  'person',
  'sel',
  'tables',
  'dataset',
  'q',
  'v',
  ...TABLE_PARAM_KEYS,
])
const MAX_DATASET_LENGTH = 2000

/** A parameter's first value; null when absent, empty or too long to be meant (with a notice). */
function readParam(params: URLSearchParams, key: string, notices: string[]): string | null {
  const value = params.get(key)
  if (value === null || value === '') return null
  if (value.length > (key === 'dataset' ? MAX_DATASET_LENGTH : MAX_PARAM_LENGTH)) {
    notices.push(`Ignored "${key}": the value is ${value.length} characters long.`)
    return null
  }
  return value
}

const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)

/**
 * Reads `?dataset=`. Apart from the rest because it is needed first: it says which dataset to
 * load, and only the loaded dataset says which actors, issues and selections the URL may name.
 */
export function readDatasetParam(params: URLSearchParams): {
  dataset: string | null
  notices: string[]
} {
  const notices: string[] = []
  const dataset = readParam(params, 'dataset', notices)
  if (dataset === null || isDatasetParam(dataset)) return { dataset, notices }
  notices.push(
    `Ignored "dataset": ${shown(dataset)} is not an http(s) address or a path on this site.`,
  )
  return { dataset: null, notices }
}

/** A link pinned to one dataset version (`v`) opened on another. */
export interface VersionMismatch {
  linked: string
  open: string
}

/** The parameters whose meaning depends on the dataset: its records, people and span. */
type HeldKey = 'from' | 'to' | 'actor' | 'issue' | 'person' | 'sel'
/**
 * Parameters kept as the URL gives them while the dataset they name is still arriving: they
 * cannot be checked against the dataset on screen (the built-in one), so they are neither applied
 * nor dropped, and every URL written meanwhile carries them (issue 17, defect 6).
 */
export type HeldParams = Partial<Record<HeldKey, string>>

/**
 * Reads the URL's state, dropping (and reporting) anything unknown, malformed or absurd. With
 * `pending` (the URL names a dataset that has not arrived), what the dataset on screen cannot
 * vouch for is held, not dropped or reported.
 */
export function parseUrlState(
  params: URLSearchParams,
  vocab: FilterVocabulary,
  { pending = false }: { pending?: boolean } = {},
): {
  state: UrlState
  notices: string[]
  version: VersionMismatch | null
  held: HeldParams
} {
  const notices: string[] = []
  const held: HeldParams = {}
  const get = (key: string) => readParam(params, key, notices)

  const date = (key: 'from' | 'to') => {
    const value = get(key)
    if (value === null) return vocab.span[key]
    if (!isRealIsoDate(value)) {
      notices.push(`Ignored "${key}": ${shown(value)} is not a real date (YYYY-MM-DD).`)
      return vocab.span[key]
    }
    // The arriving dataset's span may differ: a date equal to this one's edge must stay written.
    if (pending) held[key] = value
    return value
  }
  let from = date('from')
  let to = date('to')
  if (to < from) {
    notices.push(`The date range was reversed (${from} after ${to}); it has been swapped.`)
    ;[from, to] = [to, from]
  }

  const member = (key: 'actor' | 'issue' | 'person', set: ReadonlySet<string>, noun: string) => {
    const value = get(key)
    if (value === null || set.has(value)) return value
    if (pending) {
      held[key] = value
      return null
    }
    notices.push(`Ignored "${key}": no ${noun} ${shown(value)} in this dataset.`)
    return null
  }
  const actor = member('actor', vocab.actors, 'actor')
  const issue = member('issue', vocab.issues, 'issue')
  const person = member('person', vocab.people, 'person')

  let sel = get('sel')
  if (sel !== null && !vocab.isSelectable(sel) && pending) {
    held.sel = sel
    sel = null
  } else if (sel !== null && !vocab.isSelectable(sel)) {
    notices.push(`Ignored "sel": nothing called ${shown(sel)} in this dataset.`)
    sel = null
  }

  const tables: TableView[] = []
  // Each notice names what is wrong with the value, so a repeated view is not taken for an unknown one.
  for (const t of (get('tables') ?? '').split(',').filter(Boolean)) {
    if (!(TABLE_VIEWS as readonly string[]).includes(t))
      notices.push(
        `Ignored table view ${shown(t)}: there is no such view (the views with a table are ${TABLE_VIEWS.join(', ')}).`,
      )
    else if (tables.includes(t as TableView))
      notices.push(`Ignored table view ${shown(t)}: it is given more than once.`)
    else tables.push(t as TableView)
  }

  const source = readDatasetParam(params)
  notices.push(...source.notices)

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) notices.push(`Ignored unknown parameter ${shown(key)}.`)
    else {
      // Only the first value is read; a link that gives another (hand-edited, or two links
      // joined) must not have it dropped without a word.
      const others = params.getAll(key).slice(1)
      if (others.length)
        notices.push(
          `Ignored ${others.map(shown).join(', ')}: the link gives "${key}" more than once; the first is used.`,
        )
    }
  }
  const q = get('q')
  // `v`: the dataset version the link was copied from; read only to say when it is not this one.
  // Understood, not ignored: it gets its own notice, not a place among the ignored parameters.
  const v = get('v')
  const version =
    v !== null && !pending && vocab.version !== undefined && v !== vocab.version
      ? { linked: v, open: vocab.version }
      : null
  const tableQueries = parseTableQueries(get, notices)
  const state = {
    from,
    to,
    actor,
    issue,
    person,
    sel,
    tables,
    dataset: source.dataset,
    q,
    tableQueries,
  }
  return { state, notices, version, held }
}

/** The held parameters a change leaves alone: those it sets itself are its to write. */
export function heldExcept(held: HeldParams, change: Partial<UrlState>): HeldParams {
  return Object.fromEntries(Object.entries(held).filter(([key]) => !(key in change)))
}

/**
 * Writes the state back as URL params, leaving out defaults so links stay short; `held`
 * parameters (see HeldParams) are written as they came.
 */
export function serializeUrlState(
  f: UrlState,
  span: { from: string; to: string },
  held: HeldParams = {},
): URLSearchParams {
  const params = new URLSearchParams()
  if (f.from !== span.from) params.set('from', f.from)
  if (f.to !== span.to) params.set('to', f.to)
  if (f.actor) params.set('actor', f.actor)
  if (f.issue) params.set('issue', f.issue)
  if (f.person) params.set('person', f.person)
  if (f.sel) params.set('sel', f.sel)
  if (f.tables.length) params.set('tables', [...f.tables].sort().join(','))
  if (f.dataset) params.set('dataset', f.dataset)
  if (f.q) params.set('q', f.q)
  writeTableQueries(params, f.tableQueries)
  for (const [key, value] of Object.entries(held)) params.set(key, value)
  return params
}
