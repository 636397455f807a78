import type { DatasetIndex } from '../../dataset/select/index-dataset'
import { selectionEvidence, type Selection } from '../../dataset/select/selection'
import { selectionTitle } from '../../dataset/select/selection-title'
import type { ExportTheme } from '../../lib/export/export-theme'
import { el, text, wrapText, type SvgFigure } from '../../lib/export/svg-writer'
import { citationParts } from './labels'

const WIDTH = 900
const FONT = 14
const LINE = 20
/** Quotes past this many are counted, not drawn: the CSV and JSON exports hold them all. */
const MAX_QUOTES = 12

/**
 * The evidence behind a selection as vector text: the selection named in words, then each quote
 * (wrapped, in a bar-marked block) with its article, outlet and date beneath, numbered.
 */
export function evidenceFigure(
  selection: Selection,
  ix: DatasetIndex,
  theme: ExportTheme,
): SvgFigure {
  const parts: string[] = []
  let y = 0
  for (const line of wrapText(selectionTitle(selection, ix), FONT + 2, WIDTH, true)) {
    y += LINE + 2
    parts.push(text(line, { x: 0, y, 'font-size': FONT + 2, 'font-weight': 700, fill: theme.fg }))
  }
  y += 10
  const quotes = selectionEvidence(selection)
  // The same passage can back several records of one selection: show it once.
  const seen = new Set<string>()
  const unique = quotes.filter(
    (q) => !seen.has(`${q.source}\u0001${q.quote}`) && seen.add(`${q.source}\u0001${q.quote}`),
  )
  unique.slice(0, MAX_QUOTES).forEach((q, i) => {
    const top = y
    // Some quotes carry their own quotation marks: do not double them.
    const quoted = /^[“"]/.test(q.quote) ? q.quote : `“${q.quote}”`
    for (const line of wrapText(quoted, FONT, WIDTH - 40)) {
      y += LINE
      parts.push(text(line, { x: 16, y, 'font-size': FONT, fill: theme.fg }))
    }
    const s = ix.sources.get(q.source)
    const c = s ? citationParts(s) : null
    const cite = c
      ? `[${i + 1}] ${c.title} · ${c.outlet} · ${c.published}${c.publishedInferred ? ' (date inferred)' : ''}`
      : `[${i + 1}] article not in the dataset`
    for (const line of wrapText(cite, FONT - 2, WIDTH - 40)) {
      y += LINE - 3
      parts.push(text(line, { x: 16, y, 'font-size': FONT - 2, fill: theme.fgSoft }))
    }
    parts.push(el('rect', { x: 0, y: top + 4, width: 4, height: y - top, fill: theme.accent }))
    y += 16
  })
  if (unique.length > MAX_QUOTES) {
    y += LINE
    parts.push(
      text(`and ${unique.length - MAX_QUOTES} more quotes (in the CSV and JSON exports)`, {
        x: 0,
        y,
        'font-size': FONT - 2,
        fill: theme.fgSoft,
      }),
    )
  }
  if (unique.length === 0) {
    y += LINE
    parts.push(
      text('No quote behind this selection in range.', {
        x: 0,
        y,
        'font-size': FONT,
        fill: theme.fgSoft,
      }),
    )
  }
  return { width: WIDTH, height: y + 8, body: parts.join('') }
}
