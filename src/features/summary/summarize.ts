import type { LoadedDataset } from '../../dataset/dataset-schema'

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

/** The kinds of dated record counted per month on the about page, in stacking order. */
export const RECORD_KINDS = [
  { key: 'positions', label: 'Positions' },
  { key: 'meetings', label: 'Meetings' },
  { key: 'casualties', label: 'Casualty figures' },
  { key: 'events', label: 'Events' },
] as const
type RecordKind = (typeof RECORD_KINDS)[number]['key']

export type MonthCount = { month: string } & Record<RecordKind, number>

/**
 * Dated records per calendar month of the day they happened (a span counts in the month it
 * began), every month of the dataset's span listed, empty ones too, so gaps show as gaps.
 */
export function recordsByMonth(d: LoadedDataset): MonthCount[] {
  const first = d.derived.span.from.slice(0, 7)
  const last = d.derived.span.to.slice(0, 7)
  const months: MonthCount[] = []
  const index = new Map<string, MonthCount>()
  for (
    let [y, m] = first.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= last;
    m === 12 ? ((y += 1), (m = 1)) : (m += 1)
  ) {
    const row: MonthCount = {
      month: `${y}-${String(m).padStart(2, '0')}`,
      positions: 0,
      meetings: 0,
      casualties: 0,
      events: 0,
    }
    months.push(row)
    index.set(row.month, row)
  }
  for (const kind of RECORD_KINDS) {
    for (const r of d[kind.key]) {
      const row = index.get(r.when.date.slice(0, 7))
      if (row) row[kind.key] += 1
    }
  }
  return months
}
