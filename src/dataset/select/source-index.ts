import type { LoadedDataset } from '../dataset-schema'
import type { Evidence, Source } from '../schema'

/** The collections whose records cite articles, as `/sources` counts them. */
export const CITING_COLLECTIONS = [
  'positions',
  'casualties',
  'meetings',
  'events',
  'people',
  'issues',
  'disputes',
] as const
type CitingCollection = (typeof CITING_COLLECTIONS)[number]

export interface SourceRow {
  source: Source
  /** Records citing the article at least once, per collection. */
  counts: Record<CitingCollection, number>
  total: number
}

/** Every article, oldest first, with how many records of each kind cite it. */
export function selectSourceIndex(d: LoadedDataset): SourceRow[] {
  const rows = new Map<string, SourceRow>(
    d.sources.map((source) => [
      source.id,
      {
        source,
        counts: Object.fromEntries(CITING_COLLECTIONS.map((c) => [c, 0])) as SourceRow['counts'],
        total: 0,
      },
    ]),
  )
  const count = (collection: CitingCollection, evidence: Evidence[]) => {
    for (const id of new Set(evidence.map((e) => e.source))) {
      const row = rows.get(id)
      if (!row) continue
      row.counts[collection]++
      row.total++
    }
  }
  d.positions.forEach((r) => count('positions', r.evidence))
  d.casualties.forEach((r) => count('casualties', r.evidence))
  d.meetings.forEach((r) => count('meetings', r.evidence))
  d.events.forEach((r) => count('events', r.evidence))
  d.people.forEach((r) => count('people', r.evidence))
  d.issues.forEach((r) => count('issues', r.evidence))
  d.disputes.forEach((r) =>
    count(
      'disputes',
      r.sides.flatMap((s) => s.evidence),
    ),
  )
  return [...rows.values()].sort(
    (a, b) =>
      a.source.published.date.localeCompare(b.source.published.date) ||
      a.source.title.localeCompare(b.source.title),
  )
}
