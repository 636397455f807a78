import type { ExportData } from '../../components/export-menu'
import type { DatasetIndex } from '../../dataset/select/index-dataset'
import { selectionEvidence, type Selection } from '../../dataset/select/selection'
import { evidenceFigure } from './evidence-svg'

/** The quotes behind a selection, one row each, with the article they come from. */
export function evidenceExport(selection: Selection, ix: DatasetIndex): ExportData {
  const quotes = selectionEvidence(selection)
  return {
    columns: ['quote', 'source', 'article', 'outlet', 'published', 'published_inferred'],
    rows: quotes.map((e) => {
      const s = ix.sources.get(e.source)
      return {
        quote: e.quote,
        source: e.source,
        article: s?.title ?? '',
        outlet: s?.outlet.name ?? '',
        published: s?.published.date ?? '',
        published_inferred: s?.published.inferred ?? false,
      }
    }),
    records: [selection],
    figure: (theme) => evidenceFigure(selection, ix, theme),
    sources: [...new Set(quotes.map((e) => e.source))],
  }
}
