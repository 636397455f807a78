import type { LoadedDataset } from '../dataset-schema'

export interface CitingRecord {
  id: string
  collection: 'people' | 'issues' | 'positions' | 'casualties' | 'meetings' | 'events' | 'disputes'
  summary: string
}

/** A run of article text; `citations` is empty for uncited text. */
export interface Segment {
  start: number
  text: string
  /** Indexes into `passages` of every cited passage covering this run. */
  citations: number[]
}

export interface Passage {
  start: number
  end: number
  quote: string
  records: CitingRecord[]
}

/**
 * Splits an article into runs at every cited passage's edges, so overlapping quotes can all be
 * marked, and lists the records that cite each passage.
 */
export function selectSourcePassages(
  d: LoadedDataset,
  sourceId: string,
): { passages: Passage[]; segments: Segment[] } {
  const source = d.sources.find((s) => s.id === sourceId)
  if (!source) return { passages: [], segments: [] }
  const byQuote = new Map<string, Passage>()
  const cite = (
    collection: CitingRecord['collection'],
    id: string,
    summary: string,
    evidence: { source: string; quote: string }[],
  ) => {
    for (const e of evidence) {
      if (e.source !== sourceId) continue
      const start = source.text.indexOf(e.quote)
      if (start === -1) continue
      const passage = byQuote.get(e.quote) ?? {
        start,
        end: start + e.quote.length,
        quote: e.quote,
        records: [],
      }
      if (!passage.records.some((r) => r.id === id))
        passage.records.push({ id, collection, summary })
      byQuote.set(e.quote, passage)
    }
  }
  d.people.forEach((p) => cite('people', p.id, `${p.name}, ${p.role}`, p.evidence))
  d.issues.forEach((i) => cite('issues', i.id, i.label, i.evidence))
  d.positions.forEach((p) => cite('positions', p.id, p.summary, p.evidence))
  d.casualties.forEach((c) => cite('casualties', c.id, c.summary, c.evidence))
  d.meetings.forEach((m) => cite('meetings', m.id, m.summary, m.evidence))
  d.events.forEach((e) => cite('events', e.id, e.label, e.evidence))
  d.disputes.forEach((x) =>
    cite(
      'disputes',
      x.id,
      x.summary,
      x.sides.flatMap((s) => s.evidence),
    ),
  )

  const passages = [...byQuote.values()].sort((a, b) => a.start - b.start || b.end - a.end)
  const cuts = [
    ...new Set([0, source.text.length, ...passages.flatMap((p) => [p.start, p.end])]),
  ].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!]
    const citations = passages.flatMap((p, k) => (p.start <= start && p.end >= end ? [k] : []))
    segments.push({ start, text: source.text.slice(start, end), citations })
  }
  return { passages, segments }
}
