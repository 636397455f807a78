import { formatDay } from '../dates'

export interface CaptionSource {
  title: string
  outlet: string | null
  published: string
  inferred: boolean
  /** How the outlet and the date are known, in the dataset's words; absent when not recorded. */
  outletBasis?: string
  publishedBasis?: string
}

/** What an exported image must say so it stands alone in a brief. */
export interface CaptionInfo {
  title: string
  from: string
  to: string
  focus: string[]
  /** The selection in words (never a raw id), or null. */
  selection: string | null
  /** The first digits of the SHA-256 of the dataset loaded (decision 018), never a version it claims. */
  datasetVersion: string
  /** Where an imported dataset came from (its URL or file name); null for the built-in one. */
  importedFrom?: string | null
  /** Where the data came from and the hash of what was loaded, in full (`datasetLine`). */
  dataset: string
  sources: CaptionSource[]
  /** Records on screen from the analyst's workspace, not in the published dataset (0: none). */
  workspaceRecords?: number
}

/** "; includes 2 records not in the published dataset" when the analyst's workspace adds any. */
const workspaceNote = (c: Pick<CaptionInfo, 'workspaceRecords'>) =>
  c.workspaceRecords
    ? `; includes ${c.workspaceRecords} record${c.workspaceRecords === 1 ? '' : 's'} not in the published dataset`
    : ''

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dayMonth = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`

/** "31 Oct-21 Nov 2024", "3 Nov 2024", "30 Dec 2024-2 Jan 2025": a span of days as short as it reads. */
export function dateSpan(first: string, last: string): string {
  if (first === last) return formatDay(first)
  if (first.slice(0, 4) !== last.slice(0, 4)) return `${formatDay(first)}-${formatDay(last)}`
  return `${dayMonth(first)}-${formatDay(last)}`
}

/** "Sources: 3 articles, 31 Oct-21 Nov 2024 · Blueline dataset 0eddd5f": the one line under an image. */
export function sourceLine(
  c: Pick<CaptionInfo, 'sources' | 'datasetVersion' | 'importedFrom' | 'workspaceRecords'>,
): string {
  const dates = c.sources.map((s) => s.published).sort()
  const n = c.sources.length
  const articles =
    n === 0
      ? 'no article (nothing shown)'
      : `${n} article${n === 1 ? '' : 's'}, ${dateSpan(dates[0]!, dates[n - 1]!)}`
  const imported = c.importedFrom ? ` imported from ${c.importedFrom}` : ''
  return `Sources: ${articles} · Blueline dataset ${c.datasetVersion.slice(0, 7)}${imported}${workspaceNote(c)}`
}

/** "30 Oct 2024 – 21 Nov 2024 · focus: actor Israel · selected: Israel on …": what the image shows. */
export function filterLine(c: CaptionInfo): string {
  const focus = c.focus.length ? ` · focus: ${c.focus.join(', ')}` : ''
  const selection = c.selection ? ` · selected: ${c.selection}` : ''
  return `${formatDay(c.from)} – ${formatDay(c.to)}${focus}${selection}`
}

/** One article as a citation: “Title”, outlet, date (and whether the date is inferred). */
export function citation(s: CaptionSource): string {
  return `“${s.title}” (${s.outlet ?? 'outlet not stated'}, ${formatDay(s.published)}${s.inferred ? ', date inferred' : ''})`
}

/** Every cited article, numbered, then the dataset: for the notes block and the files' metadata. */
export function citationLines(c: CaptionInfo): string[] {
  return [...c.sources.map((s, i) => `${i + 1}. ${citation(s)}`), `${c.dataset}${workspaceNote(c)}`]
}

/** What a caption reads of an article (the dataset's source records have this shape). */
interface ArticleMeta {
  id: string
  title: string
  outlet: { name: string | null; basis: string }
  published: { date: string; inferred: boolean; basis: string }
}

/** The articles behind `ids` (each once), oldest first, as a caption cites them. */
export function captionSources(
  ids: readonly string[],
  sources: ReadonlyMap<string, ArticleMeta>,
): CaptionSource[] {
  return [...new Set(ids)]
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id))
    .map((s) => ({
      title: s.title,
      outlet: s.outlet.name,
      published: s.published.date,
      inferred: s.published.inferred,
      outletBasis: s.outlet.basis,
      publishedBasis: s.published.basis,
    }))
}
