import { formatDay } from '../dates'

export interface CaptionSource {
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
  datasetVersion: string
  builtAt: string | null
  sources: CaptionSource[]
}

/** The caption band's lines, in reading order. */
export function captionLines(c: CaptionInfo): string[] {
  const focus = c.focus.length ? ` · focus: ${c.focus.join(', ')}` : ''
  const selection = c.selection ? ` · selected: ${c.selection}` : ''
  const sources = c.sources.length
    ? `Cites: ${c.sources.map((s) => `“${s.title}” (${s.outlet ?? 'outlet not stated'}, ${formatDay(s.published)}${s.inferred ? ', date inferred' : ''})`).join('; ')}`
    : 'Cites: no article (nothing shown)'
  return [
    `Filter: ${formatDay(c.from)} – ${formatDay(c.to)}${focus}${selection}`,
    sources,
    `Blueline dataset ${c.datasetVersion}${c.builtAt ? `, built ${c.builtAt.slice(0, 10)}` : ''}`,
  ]
}
