import type { LoadedDataset } from '../dataset-schema'
import type { Actor, Casualty, Meeting, Person, Position } from '../schema'
import { indexDataset } from './index-dataset'

/** A row of `/people`: a named person or a body, with what the dataset holds about it. */
export interface PeopleRow {
  kind: 'person' | 'body'
  /** The person's id; for a body, its name as written. */
  id: string
  name: string
  role: string
  aliases: string[]
  actor: Actor | null
  statements: number
  meetings: number
  figures: number
}

const byDate = <T extends { when: { date: string } }>(a: T, b: T) =>
  a.when.date.localeCompare(b.when.date)

const bumps = () => {
  const counts = new Map<string, number>()
  return { counts, bump: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1) }
}

/** Every person, then every body (a speaker, participant or claimant the text names no one for). */
export function selectPeopleIndex(d: LoadedDataset): PeopleRow[] {
  const ix = indexDataset(d)
  const statements = bumps()
  const meetings = bumps()
  const figures = bumps()
  const bodyActor = new Map<string, string | null>()
  for (const p of d.positions) {
    const key = p.speaker.person ?? `body:${p.speaker.body}`
    statements.bump(key)
    if (!p.speaker.person && p.speaker.body && !bodyActor.has(p.speaker.body))
      bodyActor.set(p.speaker.body, p.actor)
  }
  for (const m of d.meetings) {
    const seen = new Set<string>()
    for (const p of m.sides.flat()) {
      const key = p.person ?? `body:${p.body}`
      if (!p.person && p.body && !bodyActor.has(p.body)) bodyActor.set(p.body, p.actor ?? null)
      if (!seen.has(key)) meetings.bump(key)
      seen.add(key)
    }
  }
  for (const c of d.casualties) {
    const key = c.claimant.person ?? `body:${c.claimant.label}`
    figures.bump(key)
    if (!c.claimant.person && !bodyActor.has(c.claimant.label))
      bodyActor.set(c.claimant.label, c.claimant.actor)
  }
  const count = (key: string) => ({
    statements: statements.counts.get(key) ?? 0,
    meetings: meetings.counts.get(key) ?? 0,
    figures: figures.counts.get(key) ?? 0,
  })
  const people: PeopleRow[] = d.people.map((p) => ({
    kind: 'person',
    id: p.id,
    name: p.name,
    role: p.role,
    aliases: p.aliases,
    actor: (p.actor && ix.actors.get(p.actor)) || null,
    ...count(p.id),
  }))
  const bodies: PeopleRow[] = [...bodyActor].map(([name, actor]) => ({
    kind: 'body',
    id: name,
    name,
    role: '',
    aliases: [],
    actor: (actor && ix.actors.get(actor)) || null,
    ...count(`body:${name}`),
  }))
  const byName = (a: PeopleRow, b: PeopleRow) => a.name.localeCompare(b.name)
  return [...people.sort(byName), ...bodies.sort(byName)]
}

/** One person's page: statements and meetings by date, figures they claimed. Null if unknown. */
export function selectPersonProfile(
  d: LoadedDataset,
  id: string,
): {
  person: Person
  actor: Actor | null
  statements: Position[]
  meetings: Meeting[]
  figures: Casualty[]
} | null {
  const ix = indexDataset(d)
  const person = ix.people.get(id)
  if (!person) return null
  return {
    person,
    actor: (person.actor && ix.actors.get(person.actor)) || null,
    statements: d.positions.filter((p) => p.speaker.person === id).sort(byDate),
    meetings: d.meetings
      .filter((m) => m.sides.some((s) => s.some((p) => p.person === id)))
      .sort(byDate),
    figures: d.casualties.filter((c) => c.claimant.person === id).sort(byDate),
  }
}
