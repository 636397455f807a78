import { describe, expect, it } from 'vitest'
import { meetingSchema } from '../../dataset/schema'
import {
  disputeSides,
  emptyParticipant,
  meetingSides,
  participantRow,
  sideName,
} from './record-sides'

const person = (id: string) => ({ ...emptyParticipant(), person: id })

describe('meetingSides', () => {
  it('keeps several participants per side, and more than two sides, as the schema allows', () => {
    const rows = [
      [person('hochstein'), person('mcgurk')],
      [person('netanyahu'), { person: '', body: 'Israeli security officials', actor: 'israel' }],
      [person('berri')],
    ]
    const { sides, problems } = meetingSides(rows)
    expect(problems).toEqual([])
    expect(sides).toEqual([
      [{ person: 'hochstein' }, { person: 'mcgurk' }],
      [{ person: 'netanyahu' }, { body: 'Israeli security officials', actor: 'israel' }],
      [{ person: 'berri' }],
    ])
    expect(meetingSchema.shape.sides.safeParse(sides).success).toBe(true)
  })

  it('names the row that names nobody, and a meeting of one side', () => {
    const [problem, ...more] = meetingSides([
      [person('a')],
      [person('b'), emptyParticipant()],
    ]).problems
    expect(more).toEqual([])
    expect(problem?.field).toBe('Second side, participant 2')
    expect(problem?.message).toMatch(/person.*body/)
    expect(meetingSides([[person('a')]]).problems.map((p) => p.field)).toEqual(['Sides'])
  })

  it('reads a stored participant back into a row unchanged', () => {
    const p = { body: 'a Lebanese delegation', actor: 'lebanon' }
    expect(meetingSides([[participantRow(p)], [person('x')]]).sides[0]).toEqual([p])
  })
})

describe('disputeSides', () => {
  const quote = { source: 'ft', quote: 'More than 3,500 people in Lebanon' }
  const evidenceOf = (id: string) =>
    ({ 'cas-2800': { source: 'c12', quote: 'over 2,800 people have died' } })[id]

  it('puts the quote on its side, and gives a new side the quotes of the records it rests on', () => {
    const { sides, problems } = disputeSides(
      [
        { label: 'Over 2,800', records: ['cas-2800'], evidence: [] },
        { label: 'More than 3,500', records: ['', 'cas-3500'], evidence: [] },
        { label: 'A third figure', records: ['cas-2800'], evidence: [] },
      ],
      quote,
      1,
      evidenceOf,
    )
    expect(problems).toEqual([])
    expect(sides.map((s) => s.evidence)).toEqual([
      [evidenceOf('cas-2800')],
      [quote],
      [evidenceOf('cas-2800')],
    ])
    expect(sides[1]!.records).toEqual(['cas-3500'])
  })

  it('moves the quote off the side it sat on when the analyst puts it on another', () => {
    const other = { source: 'ft', quote: 'another passage' }
    const { sides } = disputeSides(
      [
        { label: 'A', records: [], evidence: [other, quote] },
        { label: 'B', records: [], evidence: [] },
      ],
      quote,
      1,
      evidenceOf,
    )
    expect(sides.map((s) => s.evidence)).toEqual([[other], [quote]])
  })

  it('names the side without a label or without any quote', () => {
    const { problems } = disputeSides(
      [
        { label: '', records: [], evidence: [] },
        { label: 'B', records: [''], evidence: [] },
      ],
      quote,
      0,
      evidenceOf,
    )
    expect(problems.map((p) => p.field)).toEqual(['First side label', 'Second side records'])
  })
})

describe('sideName', () => {
  it('counts in words, then in numbers', () => {
    expect([0, 2, 8].map(sideName)).toEqual(['First side', 'Third side', 'Side 9'])
  })
})
