import type { LoadedDataset } from '../../dataset/get-dataset'
import { indexDataset } from '../../dataset/select/index-dataset'
import type { Meeting } from '../../dataset/schema'
import { formatDay } from '../../lib/dates'

export type Lane = 'events' | 'meetings' | 'articles'

/** One mark on the strip: a day, or a span of days when `to` differs from `from`. */
export interface TimelineMark {
  id: string
  lane: Lane
  from: string
  to: string
  inferred: boolean
  /** A meeting that had not happened yet when reported (drawn hollow). */
  planned: boolean
  /** Accessible name and tooltip text: "Event: Hamas attack on Israel, 7 Oct 2023". */
  name: string
}

export const LANES: { lane: Lane; label: string }[] = [
  { lane: 'events', label: 'Events' },
  { lane: 'meetings', label: 'Meetings' },
  { lane: 'articles', label: 'Articles' },
]

/** "7 Oct 2023", or "28 Oct – 1 Nov 2024" for a span. */
export function formatSpan(from: string, to: string): string {
  if (from === to) return formatDay(from)
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  return `${sameYear ? formatDay(from).slice(0, -5) : formatDay(from)} – ${formatDay(to)}`
}

const dated = (kind: string, label: string, from: string, to: string, inferred: boolean) =>
  `${kind}: ${label}, ${formatSpan(from, to)}${inferred ? ' (date inferred)' : ''}`

/** Events, meetings and articles of a dataset as marks, in date order within each lane. */
export function timelineMarks(d: LoadedDataset): TimelineMark[] {
  const ix = indexDataset(d)
  const who = (m: Meeting) =>
    m.sides
      .map((side) =>
        side
          .map((p) => (p.person ? (ix.people.get(p.person)?.name ?? p.person) : (p.body ?? '?')))
          .join(', '),
      )
      .join(' – ')
  const meetingKind = { held: 'Meeting', planned: 'Planned meeting', contact: 'Contact' }
  const marks: TimelineMark[] = [
    ...d.events.map((e) => ({
      id: e.id,
      lane: 'events' as const,
      from: e.when.date,
      to: e.when.until ?? e.when.date,
      inferred: e.when.inferred,
      planned: false,
      name: dated('Event', e.label, e.when.date, e.when.until ?? e.when.date, e.when.inferred),
    })),
    ...d.meetings.map((m) => ({
      id: m.id,
      lane: 'meetings' as const,
      from: m.when.date,
      to: m.when.until ?? m.when.date,
      inferred: m.when.inferred,
      planned: m.status === 'planned',
      name: dated(
        meetingKind[m.status],
        who(m),
        m.when.date,
        m.when.until ?? m.when.date,
        m.when.inferred,
      ),
    })),
    ...d.sources.map((s) => ({
      id: s.id,
      lane: 'articles' as const,
      from: s.published.date,
      to: s.published.date,
      inferred: s.published.inferred,
      planned: false,
      name: dated('Article', s.title, s.published.date, s.published.date, s.published.inferred),
    })),
  ]
  return marks.sort(
    (a, b) => a.from.localeCompare(b.from) || b.to.localeCompare(a.to) || a.id.localeCompare(b.id),
  )
}

/** Every date a mark starts or ends on: the days the axis keeps readable. */
export function activeDates(marks: TimelineMark[]): string[] {
  return marks.flatMap((m) => [m.from, m.to])
}

/**
 * Stacks horizontal extents [x0, x1] into rows so none overlap (greedy, in the given order);
 * returns each item's row and the number of rows used.
 */
export function packRows(
  extents: { x0: number; x1: number }[],
  gap = 1,
): { rows: number[]; count: number } {
  const rowEnds: number[] = []
  const rows = extents.map(({ x0, x1 }) => {
    let r = rowEnds.findIndex((end) => end + gap <= x0)
    if (r < 0) r = rowEnds.push(x1) - 1
    else rowEnds[r] = x1
    return r
  })
  return { rows, count: rowEnds.length }
}
