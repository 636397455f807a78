import { formatDay } from '../dates'

interface CaptionSource {
  title: string
  outlet: string | null
  published: string
  inferred: boolean
}

/** What an exported image must say so it stands alone in a brief. */
export interface CaptionInfo {
  title: string
  from: string
  to: string
  focus: string[]
  selection: string | null
  /** Where the data came from and the hash of what was loaded (`datasetLine`). */
  dataset: string
  sources: CaptionSource[]
}

/**
 * Articles named in a caption; a large dataset's view can cite hundreds, which would make the
 * caption taller than the chart. The rest are counted, and the JSON export lists them all.
 */
const MAX_CAPTION_SOURCES = 12

/** The caption band's lines, in reading order. */
export function captionLines(c: CaptionInfo): string[] {
  const focus = c.focus.length ? ` · focus: ${c.focus.join(', ')}` : ''
  const selection = c.selection ? ` · selected: ${c.selection}` : ''
  const listed = c.sources.slice(0, MAX_CAPTION_SOURCES)
  const more = c.sources.length - listed.length
  const sources = c.sources.length
    ? `Cites: ${listed.map((s) => `“${s.title}” (${s.outlet ?? 'outlet not stated'}, ${formatDay(s.published)}${s.inferred ? ', date inferred' : ''})`).join('; ')}${more > 0 ? `; and ${more} more articles (listed in the JSON export)` : ''}`
    : 'Cites: no article (nothing shown)'
  return [
    `Filter: ${formatDay(c.from)} – ${formatDay(c.to)}${focus}${selection}`,
    sources,
    c.dataset,
  ]
}
