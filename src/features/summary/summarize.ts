import type { LoadedDataset } from '../../dataset/get-dataset'

/** Counts a reader checks first: how much the dataset holds and how much of it is inferred or disputed. */
export function summarize(d: LoadedDataset) {
  const dated = [...d.positions, ...d.casualties, ...d.meetings, ...d.events]
  return {
    counts: [
      ['Sources', d.sources.length],
      ['Actors', d.actors.length],
      ['People', d.people.length],
      ['Issues', d.issues.length],
      ['Positions', d.positions.length],
      ['Casualty figures', d.casualties.length],
      ['Meetings', d.meetings.length],
      ['Events', d.events.length],
      ['Disputes', d.disputes.length],
    ] as const,
    quotes: [...d.people, ...d.issues, ...dated].reduce((n, r) => n + r.evidence.length, 0),
    inferredDates: dated.filter((r) => r.when.inferred).length,
    datedRecords: dated.length,
    span: d.derived.span,
  }
}
