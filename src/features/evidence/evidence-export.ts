import type { ExportData } from '../../components/export-menu'
import type { DatasetIndex } from '../../dataset/select/index-dataset'
import type { Selection } from '../../dataset/select/selection'
import type { Casualty, DatasetEvent, Evidence, Meeting, Position } from '../../dataset/schema'
import { speakerLabel } from './labels'
import { evidenceFigure } from './evidence-svg'

type Cited = Position | Casualty | Meeting | DatasetEvent

/** Each quote shown with the record that cites it (null for a person's or a dispute side's own). */
function quotesWithRecords(s: Selection): { evidence: Evidence; record: Cited | null }[] {
  const of = (records: Cited[]) =>
    records.flatMap((record) => record.evidence.map((evidence) => ({ evidence, record })))
  const bare = (evidence: Evidence[]) => evidence.map((e) => ({ evidence: e, record: null }))
  switch (s.kind) {
    case 'position':
    case 'casualty':
    case 'meeting':
    case 'event':
      return of([s.record])
    case 'dispute':
      return bare(s.record.sides.flatMap((side) => side.evidence))
    case 'cell':
      return of(s.cell.history)
    case 'edge':
    case 'node':
      return of(s.meetings)
    case 'person':
      return [...bare(s.person.evidence), ...of(s.positions), ...of(s.meetings)]
    case 'actor':
      return of(s.steps.flatMap((step) => step.positions))
  }
}

/** Who said it: a position's speaker, a figure's claimant; empty for other records. */
function said(record: Cited | null, ix: DatasetIndex): { speaker: string; stance: string } {
  if (record && 'stance' in record)
    return { speaker: speakerLabel(record.speaker, ix), stance: record.stance }
  if (record && 'claimant' in record) return { speaker: record.claimant.label, stance: '' }
  return { speaker: '', stance: '' }
}

/**
 * The quotes behind a selection, one row each: the record citing it, who said it, the stance, the
 * date it was said (or happened) and the article it comes from.
 */
export function evidenceExport(selection: Selection, ix: DatasetIndex): ExportData {
  const quotes = quotesWithRecords(selection)
  return {
    columns: [
      'quote',
      'record',
      'speaker',
      'stance',
      'date_said',
      'date_inferred',
      'source',
      'article',
      'outlet',
      'published',
      'published_inferred',
    ],
    rows: quotes.map(({ evidence: e, record }) => {
      const s = ix.sources.get(e.source)
      return {
        quote: e.quote,
        record: record?.id ?? '',
        ...said(record, ix),
        date_said: record?.when.date ?? '',
        date_inferred: record ? record.when.inferred : '',
        source: e.source,
        article: s?.title ?? '',
        outlet: s?.outlet.name ?? '',
        published: s?.published.date ?? '',
        published_inferred: s?.published.inferred ?? false,
      }
    }),
    records: [selection],
    figure: (theme) => evidenceFigure(selection, ix, theme),
    sources: [...new Set(quotes.map(({ evidence }) => evidence.source))],
  }
}
