import type { LoadedDataset } from '../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../dataset/select/casualties'
import { indexDataset } from '../../dataset/select/index-dataset'
import { formatDay } from '../../lib/dates'

/** The metric in words ("held hostage", not "held-hostage"). */
export function metricText(p: CasualtyPoint): string {
  return p.casualty.metric.replace('-', ' ')
}

/** Said of a disputed figure whose counterpart the filter leaves out (`lonelyDisputes`). */
const OUTSIDE = 'counterpart outside range'

/** The mark's text on the chart: the figure as given, flagged when disputed. */
export function markLabel(p: CasualtyPoint, lonely = false): string {
  if (!p.disputed) return p.valueText
  return lonely ? `${p.valueText} · disputed (${OUTSIDE})` : `${p.valueText} · disputed`
}

/** "Lebanese health ministry: more than 2,800 killed, People in Lebanon, reported 31 Oct 2024, disputed". */
export function figureName(p: CasualtyPoint, lonely = false): string {
  const disputed = p.disputed ? `, disputed${lonely ? ` (${OUTSIDE})` : ''}` : ''
  return `${p.claimant}: ${p.valueText} ${metricText(p)}, ${p.populationLabel}, reported ${formatDay(p.reported)}${disputed}`
}

export interface ArticleRef {
  id: string
  title: string
  published: string
  publishedInferred: boolean
}

/** The articles a figure cites, with their publication dates, in citation order. */
export function figureArticles(d: LoadedDataset, p: CasualtyPoint): ArticleRef[] {
  const sources = indexDataset(d).sources
  return p.sources.flatMap((id) => {
    const s = sources.get(id)
    return s
      ? [
          {
            id,
            title: s.title,
            published: s.published.date,
            publishedInferred: s.published.inferred,
          },
        ]
      : []
  })
}

/** "31 Oct 2024" or "31 Oct 2024 (inferred)". */
export function dayText(iso: string, inferred: boolean): string {
  return inferred ? `${formatDay(iso)} (inferred)` : formatDay(iso)
}

/** Splits a label into lines of at most `maxChars` at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}
