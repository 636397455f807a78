import type { Annotations, Participant, Stance } from '../src/dataset/schema'
import { addDays } from '../src/lib/dates'

/** mulberry32: a tiny seeded PRNG, so a seed always gives the same dataset. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Records per unit of scale: x100 gives about 2,000 people, 10,000 meetings, 20,000 positions, 5,000 figures. */
const PER_UNIT = {
  sources: 5,
  people: 20,
  positions: 200,
  meetings: 100,
  casualties: 50,
  events: 10,
  disputes: 8,
}

const WORDS =
  'envoy talks ceasefire border truce army strike withdrawal resolution sovereignty hostages officials statement reported said minister militia government meeting proposal draft guarantee security enforcement mechanism'.split(
    ' ',
  )
const START = '2023-10-07'
const DAYS = 411

/**
 * A valid synthetic annotation set `scale` times the base unit: real-looking shapes, random text,
 * every quote a substring of its source by construction, every date on or before its report.
 */
export function generateAnnotations(
  scale: number,
  seed: number,
): { annotations: Annotations; texts: Map<string, string> } {
  const rnd = seeded(seed)
  const int = (n: number) => Math.floor(rnd() * n)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const count = (k: keyof typeof PER_UNIT) => Math.max(1, Math.round(PER_UNIT[k] * scale))

  const actors = [
    ...['israel', 'hezbollah', 'lebanon', 'us'].map((id) => ({
      id,
      name: `Actor ${id}`,
      shortName: id,
      kind: 'state' as const,
      main: true,
    })),
    ...Array.from({ length: 5 + Math.ceil(scale) }, (_, i) => ({
      id: `actor-${i}`,
      name: `Actor ${i}`,
      shortName: `A${i}`,
      kind: 'other' as const,
      main: false,
    })),
  ]
  const texts = new Map<string, string>()
  const sources = Array.from({ length: count('sources') }, (_, i) => {
    const sentences = Array.from(
      { length: 24 },
      (_, k) => `S${i}.${k} ${Array.from({ length: 9 }, () => pick(WORDS)).join(' ')}.`,
    )
    const id = `src-${i}`
    texts.set(id, sentences.join(' '))
    const date = addDays(START, 30 + int(DAYS - 30))
    return {
      id,
      file: `${id}.txt`,
      title: `Synthetic article ${i}`,
      outlet: { name: null, inferred: false, basis: 'synthetic' },
      published: { date, inferred: false, basis: 'synthetic' },
    }
  })
  // A quote is one whole sentence of a random source; the record is dated up to a week before it.
  const cite = () => {
    const s = pick(sources)
    const sentence = pick(texts.get(s.id)!.split(/(?<=\.) /))
    const date = addDays(s.published.date, -int(7))
    return {
      evidence: [{ source: s.id, quote: sentence }],
      when: { date: date < START ? START : date, inferred: rnd() < 0.5, basis: 'synthetic' },
    }
  }
  const issues = Array.from({ length: 13 + Math.ceil(scale / 2) }, (_, i) => ({
    id: `issue-${i}`,
    label: `Issue ${i}`,
    description: 'synthetic',
    evidence: cite().evidence,
  }))
  const populations = Array.from({ length: 10 }, (_, i) => ({
    id: `pop-${i}`,
    label: `Population ${i}`,
  }))
  const people = Array.from({ length: count('people') }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    aliases: [],
    role: 'official',
    actor: pick(actors).id,
    evidence: cite().evidence,
  }))
  const stances: Stance[] = ['supports', 'conditional', 'ambiguous', 'opposes']
  const positions = Array.from({ length: count('positions') }, (_, i) => ({
    id: `pos-${i}`,
    actor: pick(actors).id,
    issue: pick(issues).id,
    stance: pick(stances),
    basis: 'stated' as const,
    speaker: { person: pick(people).id },
    summary: 'synthetic position',
    ...cite(),
    // Every seventh stance is implied, with the note the build requires; by index, so the random
    // sequence (and every other record) stays what it was before schema version 2.
    ...(i % 7 === 3
      ? { reading: 'implied' as const, ambiguity: 'synthetic: read from a neighbouring demand' }
      : { reading: 'explicit' as const }),
  }))
  const person = (): Participant => ({ person: pick(people).id })
  const meetings = Array.from({ length: count('meetings') }, (_, i) => ({
    id: `meet-${i}`,
    sides: [[person()], Array.from({ length: 1 + int(3) }, person)],
    status: 'held' as const,
    place: null,
    issues: [pick(issues).id],
    topics: [],
    summary: 'synthetic meeting',
    ...cite(),
  })).map((m, i) => ({
    ...m,
    // Every twentieth meeting is an indirect contact through an intermediary (by index, as above).
    ...(i % 20 === 7
      ? { status: 'contact' as const, via: { person: people[i % people.length]!.id } }
      : {}),
    sides: m.sides
      .map((side, s) => side.filter((p) => s === 0 || p.person !== m.sides[0]![0]!.person))
      .map((side) => (side.length ? side : [{ body: 'officials', actor: null }])),
  }))
  const casualties = Array.from({ length: count('casualties') }, (_, i) => ({
    id: `cas-${i}`,
    metric: 'killed' as const,
    population: pick(populations).id,
    value: 1 + int(5000),
    unit: 'people' as const,
    qualifier: 'more-than' as const,
    rate: null,
    claimant: { actor: pick(actors).id, label: 'synthetic claimant' },
    period: { label: 'synthetic' },
    summary: 'synthetic figure',
    ...cite(),
  }))
  const events = Array.from({ length: count('events') }, (_, i) => ({
    id: `ev-${i}`,
    label: `Event ${i}`,
    actors: [pick(actors).id],
    summary: 'synthetic event',
    ...cite(),
  }))
  const disputes = Array.from({ length: count('disputes') }, (_, i) => ({
    id: `dispute-${i}`,
    kind: 'differing-figures' as const,
    summary: 'synthetic dispute',
    sides: [0, 1].map((k) => ({
      label: `side ${k}`,
      records: [pick(casualties).id],
      evidence: cite().evidence,
    })),
  }))
  return {
    annotations: {
      title: `Synthetic dataset x${scale} (seed ${seed})`,
      sources,
      actors,
      people,
      issues,
      populations,
      positions,
      casualties,
      meetings,
      disputes,
      events,
    },
    texts,
  }
}
