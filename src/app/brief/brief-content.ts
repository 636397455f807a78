import { datasetLine } from '../../dataset/provenance'
import type { LoadedDataset } from '../../dataset/dataset-schema'
import { selectCasualties } from '../../dataset/select/casualties'
import { selectGraph } from '../../dataset/select/graph'
import { indexDataset } from '../../dataset/select/index-dataset'
import { selectMatrix } from '../../dataset/select/matrix'
import { resolveSelection, selectionEvidence } from '../../dataset/select/selection'
import { selectionTitle } from '../../dataset/select/selection-title'
import { casualtyExport } from '../../features/casualties/casualty-export'
import { inBandOrder } from '../../features/casualties/casualty-layout'
import { matrixExport } from '../../features/matrix/matrix-export'
import { meetingExport } from '../../features/meetings/meeting-export'
import type { ExportData } from '../../components/export-menu'
import { BRIEF_VIEWS, type BriefViewId, type Pin } from '../../lib/brief/brief-store'
import { captionSources, type CaptionInfo, type CaptionSource } from '../../lib/export/caption'
import type { RecordSelection } from '../../dataset/select/record-filter'

/** A view as the brief shows it: its export (figure and sources) and its caption. */
export interface BriefView {
  id: BriefViewId
  title: string
  data: ExportData
  info: CaptionInfo
  /** Footnote numbers of its sources in the brief's list. */
  notes: number[]
}

interface BriefQuote {
  quote: string
  note: number
}

interface BriefPin {
  pin: Pin
  title: string
  quotes: BriefQuote[]
  /** Null when the pinned thing is no longer in this dataset. */
  missing: boolean
}

interface NumberedSource extends CaptionSource {
  id: string
  number: number
}

export interface BriefContent {
  views: BriefView[]
  pins: BriefPin[]
  sources: NumberedSource[]
}

/** Quotes shown per pinned selection; the rest are counted (the evidence CSV holds them all). */
const MAX_PIN_QUOTES = 6

/**
 * Everything the brief prints, from the dataset, the URL's filter and the stored pins: the views
 * chosen (all three unless told) under the filter, each pin's quotes under its own range, and one numbered source list
 * that the quotes and the views' captions point into (pins first, in reading order).
 */
export function briefContent(
  d: LoadedDataset,
  f: RecordSelection,
  pins: readonly Pin[],
  shown: readonly BriefViewId[] = BRIEF_VIEWS,
): BriefContent {
  const ix = indexDataset(d)
  const numbers = new Map<string, number>()
  const note = (source: string) => {
    let n = numbers.get(source)
    if (n === undefined) numbers.set(source, (n = numbers.size + 1))
    return n
  }
  const briefPins = pins.map((pin): BriefPin => {
    const [kind, id] = pin.sel.split(':')
    const filter: RecordSelection = { ...f, from: pin.from, to: pin.to, sel: pin.sel, person: null }
    const selection = resolveSelection(
      d,
      kind === 'person' && id ? { ...filter, sel: null, person: id } : filter,
    )
    if (!selection) return { pin, title: pin.sel, quotes: [], missing: true }
    const seen = new Set<string>()
    const quotes = selectionEvidence(selection)
      .filter(
        (e) =>
          !seen.has(`${e.source}\u0001${e.quote}`) && !!seen.add(`${e.source}\u0001${e.quote}`),
      )
      .slice(0, MAX_PIN_QUOTES)
      .map((e) => ({ quote: e.quote, note: note(e.source) }))
    return { pin, title: selectionTitle(selection, ix), quotes, missing: false }
  })
  const filter = { from: f.from, to: f.to }
  const points = inBandOrder(
    selectCasualties(d, { ...filter, actor: f.actor }),
    d.populations.map((p) => p.id),
  )
  const exports: [BriefView['id'], string, () => ExportData][] = [
    [
      'matrix',
      'Position matrix',
      () => matrixExport(selectMatrix(d, { ...filter, person: f.person })),
    ],
    ['casualties', 'Casualty figures', () => casualtyExport(points, d, filter)],
    ['meetings', 'Meeting graph', () => meetingExport(selectGraph(d, f), ix)],
  ]
  // In the brief's order, whatever order they were ticked in.
  const chosen = exports
    .filter(([id]) => shown.includes(id))
    .map(([id, title, data]): [BriefView['id'], string, ExportData] => [id, title, data()])
  const views = chosen.map(([id, title, data]): BriefView => {
    const sources = captionSources(data.sources, ix.sources)
    const info: CaptionInfo = {
      title,
      from: f.from,
      to: f.to,
      focus: [],
      selection: null,
      datasetVersion: d.provenance.hash,
      importedFrom: d.provenance.kind === 'built-in' ? null : d.provenance.origin,
      dataset: datasetLine(d.provenance, d.builtAt),
      sources,
    }
    // Numbered in date order, after the pins' quotes.
    const ids = [...new Set(data.sources)]
      .map((s) => ix.sources.get(s))
      .filter((s) => s !== undefined)
      .sort((a, b) => a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id))
    return { id, title, data, info, notes: ids.map((s) => note(s.id)).sort((a, b) => a - b) }
  })
  const sources = [...numbers].map(([id, number]) => ({
    id,
    number,
    ...captionSources([id], ix.sources)[0]!,
  }))
  return { views, pins: briefPins, sources }
}

/** "outlet not stated; date inferred: …": how the brief knows an article's outlet and date. */
export function howKnown(s: CaptionSource): string {
  const outlet = s.outlet
    ? `outlet ${s.outlet}${s.outletBasis ? ` (${s.outletBasis.replace(/\.$/, '')})` : ''}`
    : 'outlet not stated'
  const date = s.inferred
    ? `date inferred: ${(s.publishedBasis ?? 'see the dataset').replace(/\.$/, '')}`
    : `date stated${s.publishedBasis ? `: ${s.publishedBasis.replace(/\.$/, '')}` : ''}`
  return `${outlet}; ${date}`
}
