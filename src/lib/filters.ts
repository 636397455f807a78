import { isDatasetParam } from '../dataset/dataset-source'
import { isRealIsoDate } from './dates'

/** The views that can show a data table instead of (or beside) their chart. */
export const TABLE_VIEWS = ['matrix', 'casualties', 'meetings'] as const
export type TableView = (typeof TABLE_VIEWS)[number]

/** Everything on screen that a shared link must reproduce. */
export interface Filters {
  from: string
  to: string
  actor: string | null
  issue: string | null
  person: string | null
  /** A record id, `cell:ACTOR:ISSUE`, `edge:NODE--NODE` or `node:NODE`. */
  sel: string | null
  tables: TableView[]
  /** Another dataset to show instead of the built-in one (see isDatasetParam). */
  dataset: string | null
}

/** What the URL may name, taken from the loaded dataset. */
export interface FilterVocabulary {
  span: { from: string; to: string }
  actors: ReadonlySet<string>
  issues: ReadonlySet<string>
  people: ReadonlySet<string>
  /** Returns true when a selection string points at something that exists. */
  isSelectable: (sel: string) => boolean
}

const MAX_PARAM_LENGTH = 200
const KNOWN = new Set(['from', 'to', 'actor', 'issue', 'person', 'sel', 'tables', 'dataset'])
const MAX_DATASET_LENGTH = 2000

/** Reads filters from URL params, dropping (and reporting) anything unknown, malformed or absurd. */
export function parseFilters(
  params: URLSearchParams,
  vocab: FilterVocabulary,
): { filters: Filters; notices: string[] } {
  const notices: string[] = []
  const get = (key: string): string | null => {
    const value = params.get(key)
    if (value === null || value === '') return null
    if (value.length > (key === 'dataset' ? MAX_DATASET_LENGTH : MAX_PARAM_LENGTH)) {
      notices.push(`Ignored "${key}": the value is ${value.length} characters long.`)
      return null
    }
    return value
  }
  const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)

  const date = (key: 'from' | 'to') => {
    const value = get(key)
    if (value === null) return vocab.span[key]
    if (!isRealIsoDate(value)) {
      notices.push(`Ignored "${key}": ${shown(value)} is not a real date (YYYY-MM-DD).`)
      return vocab.span[key]
    }
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
    notices.push(`Ignored "${key}": no ${noun} ${shown(value)} in this dataset.`)
    return null
  }
  const actor = member('actor', vocab.actors, 'actor')
  const issue = member('issue', vocab.issues, 'issue')
  const person = member('person', vocab.people, 'person')

  let sel = get('sel')
  if (sel !== null && !vocab.isSelectable(sel)) {
    notices.push(`Ignored "sel": nothing called ${shown(sel)} in this dataset.`)
    sel = null
  }

  const tables: TableView[] = []
  for (const t of (get('tables') ?? '').split(',').filter(Boolean)) {
    if ((TABLE_VIEWS as readonly string[]).includes(t) && !tables.includes(t as TableView))
      tables.push(t as TableView)
    else notices.push(`Ignored table view ${shown(t)}.`)
  }

  let dataset = get('dataset')
  if (dataset !== null && !isDatasetParam(dataset)) {
    notices.push(
      `Ignored "dataset": ${shown(dataset)} is not an http(s) address or a path on this site.`,
    )
    dataset = null
  }

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
  return { filters: { from, to, actor, issue, person, sel, tables, dataset }, notices }
}

/** Writes filters back as URL params, leaving out defaults so links stay short. */
export function serializeFilters(f: Filters, span: { from: string; to: string }): URLSearchParams {
  const params = new URLSearchParams()
  if (f.from !== span.from) params.set('from', f.from)
  if (f.to !== span.to) params.set('to', f.to)
  if (f.actor) params.set('actor', f.actor)
  if (f.issue) params.set('issue', f.issue)
  if (f.person) params.set('person', f.person)
  if (f.sel) params.set('sel', f.sel)
  if (f.tables.length) params.set('tables', [...f.tables].sort().join(','))
  if (f.dataset) params.set('dataset', f.dataset)
  return params
}
