import type { Annotations, Evidence, When } from './schema'
import { findClosestPassage } from './closest-passage'
import { addDays } from '../lib/dates'
import { checkSpan } from './span-limit'
import { COLLECTIONS } from './collections'

/** One thing wrong with a dataset, located well enough for an author to fix it. */
export interface Problem {
  /** The collection the record sits in (`positions`, `sources` ...). */
  collection: string
  /** JSON path inside that collection, e.g. `[3, 'evidence', 0, 'quote']`. */
  path: (string | number)[]
  recordId?: string
  message: string
}

/** The earliest date any record may carry; older dates are almost certainly typos. */
const EARLIEST_DATE = '1900-01-01'
/** How far past its latest report a planned meeting may lie. */
const PLANNED_HORIZON_DAYS = 366

type RecordCollection = 'positions' | 'casualties' | 'meetings' | 'events'
const citingCollections = [
  'people',
  'issues',
  'positions',
  'casualties',
  'meetings',
  'events',
] as const

/**
 * Checks what a schema cannot: unique ids, references that resolve, quotes that are verbatim
 * substrings of their source, and dates that are possible given when they were reported.
 */
export function verifyAnnotations(a: Annotations, texts: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = []
  const add = (
    collection: string,
    path: (string | number)[],
    recordId: string | undefined,
    message: string,
  ) => problems.push({ collection, path, recordId, message })

  const published = new Map(a.sources.map((s) => [s.id, s.published.date]))
  const ids = {
    actors: new Set(a.actors.map((r) => r.id)),
    people: new Set(a.people.map((r) => r.id)),
    issues: new Set(a.issues.map((r) => r.id)),
    populations: new Set(a.populations.map((r) => r.id)),
  }
  const records = new Set<string>()

  // Ids are unique across the whole dataset, since disputes may point at any record.
  const seen = new Map<string, string>()
  for (const c of COLLECTIONS) {
    a[c].forEach((r, i) => {
      const first = seen.get(r.id)
      if (first) add(c, [i, 'id'], r.id, `duplicate id "${r.id}" (first used in ${first})`)
      else seen.set(r.id, c)
    })
  }
  for (const c of ['positions', 'casualties', 'meetings', 'events'] as RecordCollection[]) {
    for (const r of a[c]) records.add(r.id)
  }

  const ref = (
    c: string,
    path: (string | number)[],
    recordId: string,
    set: Set<string>,
    value: string | null | undefined,
    kind: string,
  ) => {
    if (value != null && !set.has(value)) add(c, path, recordId, `unknown ${kind} "${value}"`)
  }

  a.sources.forEach((s, i) => {
    if (!texts.has(s.id))
      add(
        'sources',
        [i, 'file'],
        s.id,
        `source file "${s.file}" was not found or could not be read`,
      )
  })
  a.people.forEach((p, i) => ref('people', [i, 'actor'], p.id, ids.actors, p.actor, 'actor'))
  a.positions.forEach((p, i) => {
    ref('positions', [i, 'actor'], p.id, ids.actors, p.actor, 'actor')
    ref('positions', [i, 'issue'], p.id, ids.issues, p.issue, 'issue')
    ref('positions', [i, 'speaker', 'person'], p.id, ids.people, p.speaker.person, 'person')
    ref('positions', [i, 'via', 'person'], p.id, ids.people, p.via?.person, 'person')
    // Codebook R-implied: a stance read from something else must say what it is read from.
    if (p.reading === 'implied' && !p.ambiguity)
      add(
        'positions',
        [i, 'ambiguity'],
        p.id,
        'an implied position needs an `ambiguity` note saying what the stance is read from',
      )
  })
  a.casualties.forEach((c, i) => {
    ref('casualties', [i, 'population'], c.id, ids.populations, c.population, 'population')
    ref('casualties', [i, 'claimant', 'actor'], c.id, ids.actors, c.claimant.actor, 'actor')
    ref('casualties', [i, 'claimant', 'person'], c.id, ids.people, c.claimant.person, 'person')
    const { from, to } = c.period
    if (from && to && to < from)
      add('casualties', [i, 'period', 'to'], c.id, `period ends (${to}) before it starts (${from})`)
  })
  a.meetings.forEach((m, i) => {
    m.sides.forEach((side, s) =>
      side.forEach((p, j) => {
        ref('meetings', [i, 'sides', s, j, 'person'], m.id, ids.people, p.person, 'person')
        ref('meetings', [i, 'sides', s, j, 'actor'], m.id, ids.actors, p.actor, 'actor')
      }),
    )
    ref('meetings', [i, 'via', 'person'], m.id, ids.people, m.via?.person, 'person')
    ref('meetings', [i, 'via', 'actor'], m.id, ids.actors, m.via?.actor, 'actor')
    m.issues.forEach((issue, j) =>
      ref('meetings', [i, 'issues', j], m.id, ids.issues, issue, 'issue'),
    )
  })
  a.events.forEach((e, i) =>
    e.actors.forEach((actor, j) =>
      ref('events', [i, 'actors', j], e.id, ids.actors, actor, 'actor'),
    ),
  )
  a.disputes.forEach((d, i) =>
    d.sides.forEach((side, s) => {
      side.records.forEach((r, j) =>
        ref('disputes', [i, 'sides', s, 'records', j], d.id, records, r, 'record'),
      )
      checkEvidence('disputes', [i, 'sides', s, 'evidence'], d.id, side.evidence)
    }),
  )

  function checkEvidence(
    c: string,
    path: (string | number)[],
    recordId: string,
    evidence: Evidence[],
  ) {
    evidence.forEach((e, k) => {
      const text = texts.get(e.source)
      if (!published.has(e.source)) {
        add(c, [...path, k, 'source'], recordId, `unknown source "${e.source}"`)
        return
      }
      if (text === undefined || text.includes(e.quote)) return
      const near = findClosestPassage(e.quote, text)
      const hint = near
        ? ` Closest passage: "${near.passage}" (first difference at character ${near.firstDifference + 1}: quote has ${JSON.stringify(e.quote[near.firstDifference] ?? '')}, source has ${JSON.stringify(near.passage[near.firstDifference] ?? '')}).`
        : ' No similar passage was found.'
      add(
        c,
        [...path, k, 'quote'],
        recordId,
        `quote is not verbatim in source "${e.source}".${hint}`,
      )
    })
  }

  function checkWhen(
    c: string,
    path: (string | number)[],
    recordId: string,
    when: When,
    evidence: Evidence[],
    planned: boolean,
  ) {
    const latest = evidence
      .map((e) => published.get(e.source))
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1)
    if (when.date < EARLIEST_DATE)
      add(c, [...path, 'date'], recordId, `date ${when.date} is before ${EARLIEST_DATE}`)
    if (!latest) return
    const limit = planned ? addDays(latest, PLANNED_HORIZON_DAYS) : latest
    const end = when.until ?? when.date
    if (end > limit) {
      const why = planned
        ? `more than a year after ${latest}, the latest publication date of the articles citing it`
        : `after ${latest}, the latest publication date of the articles citing it (only a planned meeting may lie after its report)`
      add(c, [...path, when.until ? 'until' : 'date'], recordId, `date ${end} is ${why}`)
    }
  }

  for (const c of citingCollections) {
    a[c].forEach((r, i) => checkEvidence(c, [i, 'evidence'], r.id, r.evidence))
  }
  a.positions.forEach((r, i) =>
    checkWhen('positions', [i, 'when'], r.id, r.when, r.evidence, false),
  )
  a.casualties.forEach((r, i) =>
    checkWhen('casualties', [i, 'when'], r.id, r.when, r.evidence, false),
  )
  a.meetings.forEach((r, i) =>
    checkWhen('meetings', [i, 'when'], r.id, r.when, r.evidence, r.status === 'planned'),
  )
  a.events.forEach((r, i) => checkWhen('events', [i, 'when'], r.id, r.when, r.evidence, false))
  a.sources.forEach((s, i) => {
    if (s.published.date < EARLIEST_DATE)
      add(
        'sources',
        [i, 'published', 'date'],
        s.id,
        `date ${s.published.date} is before ${EARLIEST_DATE}`,
      )
  })
  problems.push(...checkSpan(a))
  return problems
}
