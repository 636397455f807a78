import type { LoadedDataset } from '../../dataset/dataset-schema'
import { indexDataset } from '../../dataset/select/index-dataset'
import type { Meeting, Participant } from '../../dataset/schema'
import { formatDay } from '../../lib/dates'
import { precisionPrefix } from '../../dataset/when'

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
  /** Accessible name and tooltip text: "Event: Hamas attack on Israel, 7 Oct 2023" (built on first read). */
  readonly name: string
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

const dated = (
  kind: string,
  label: string,
  from: string,
  to: string,
  inferred: boolean,
  prefix = '',
) => `${kind}: ${label}, ${prefix}${formatSpan(from, to)}${inferred ? ' (date inferred)' : ''}`

// Names are only read for marks drawn one by one, so a lane drawn as counts never builds its thousands.
function mark(fields: Omit<TimelineMark, 'name'>, describe: () => string): TimelineMark {
  let name: string | undefined
  return {
    ...fields,
    get name() {
      return (name ??= describe())
    },
  }
}

const byId = new Intl.Collator().compare
const cache = new WeakMap<LoadedDataset, TimelineMark[]>()

/** Events, meetings and articles of a dataset as marks, in date order within each lane (memoised per dataset). */
export function timelineMarks(d: LoadedDataset): TimelineMark[] {
  const hit = cache.get(d)
  if (hit) return hit
  const ix = indexDataset(d)
  const participantName = (p: Participant) =>
    p.person ? (ix.people.get(p.person)?.name ?? p.person) : (p.body ?? '?')
  const who = (m: Meeting) =>
    m.sides.map((side) => side.map(participantName).join(', ')).join(' – ')
  const meetingKind = { held: 'Meeting', planned: 'Planned meeting', contact: 'Contact' }
  const marks: TimelineMark[] = []
  for (const e of d.events) {
    const [from, to, inferred] = [e.when.date, e.when.until ?? e.when.date, e.when.inferred]
    marks.push(
      mark({ id: e.id, lane: 'events', from, to, inferred, planned: false }, () =>
        dated('Event', e.label, from, to, inferred, precisionPrefix(e.when)),
      ),
    )
  }
  for (const m of d.meetings) {
    const [from, to, inferred] = [m.when.date, m.when.until ?? m.when.date, m.when.inferred]
    const planned = m.status === 'planned'
    marks.push(
      mark({ id: m.id, lane: 'meetings', from, to, inferred, planned }, () =>
        dated(
          m.via ? 'Indirect contact' : meetingKind[m.status],
          m.via ? `${who(m)} (through ${participantName(m.via)})` : who(m),
          from,
          to,
          inferred,
          precisionPrefix(m.when),
        ),
      ),
    )
  }
  for (const s of d.sources) {
    const [day, inferred] = [s.published.date, s.published.inferred]
    marks.push(
      mark({ id: s.id, lane: 'articles', from: day, to: day, inferred, planned: false }, () =>
        dated('Article', s.title, day, day, inferred),
      ),
    )
  }
  // ISO dates order correctly as plain strings; only ties fall back to the (slower) collation of ids.
  marks.sort((a, b) =>
    a.from !== b.from
      ? a.from < b.from
        ? -1
        : 1
      : a.to !== b.to
        ? a.to > b.to
          ? -1
          : 1
        : byId(a.id, b.id),
  )
  cache.set(d, marks)
  return marks
}

/** Every distinct date a mark starts or ends on: the days the axis keeps readable. */
export function activeDates(marks: TimelineMark[]): string[] {
  const days = new Set<string>()
  for (const m of marks) days.add(m.from).add(m.to)
  return [...days]
}

/**
 * Stacks horizontal extents [x0, x1] into rows so none overlap (greedy first fit, in the given
 * order); returns each item's row and the number of rows used, or null as soon as more than
 * `maxRows` would be needed (so a crowded lane costs at most n × maxRows steps).
 */
export function packRows(
  extents: { x0: number; x1: number }[],
  gap = 1,
  maxRows = Infinity,
): { rows: number[]; count: number } | null {
  const rowEnds: number[] = []
  const rows: number[] = []
  for (const { x0, x1 } of extents) {
    let r = rowEnds.findIndex((end) => end + gap <= x0)
    if (r >= 0) rowEnds[r] = x1
    else if (rowEnds.length >= maxRows) return null
    else r = rowEnds.push(x1) - 1
    rows.push(r)
  }
  return { rows, count: rowEnds.length }
}
