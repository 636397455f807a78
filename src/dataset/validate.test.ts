import { describe, expect, it } from 'vitest'
import { validateAnnotations } from './validate'
import { formatProblem } from './problems'
import { loadRealAnnotations } from '../test/dataset-fixture'

function messages(raw: unknown, texts: Map<string, string>) {
  const result = validateAnnotations(raw, texts)
  return result.ok ? [] : result.problems.map((p) => formatProblem(p))
}

describe('validateAnnotations', () => {
  it('accepts the curated annotations as they are', () => {
    const { raw, texts } = loadRealAnnotations()
    expect(messages(raw, texts)).toEqual([])
  })

  it('rejects a quote off by one character and points at the closest passage', () => {
    const { raw, texts } = loadRealAnnotations()
    const position = raw.positions[0] as { id: string; evidence: { quote: string }[] }
    const quote = position.evidence[0]!.quote
    position.evidence[0]!.quote = quote.replace('guarantee', 'guarantees')
    const [message, ...rest] = messages(raw, texts)
    expect(rest).toEqual([])
    expect(message).toContain(`positions[0].evidence[0].quote (record "${position.id}")`)
    expect(message).toContain('quote is not verbatim in source "blinken-progress-oct31"')
    expect(message).toContain(
      'Closest passage: "Israeli Prime Minister Benjamin Netanyahu, who said that any deal on Lebanon must guarantee Israel',
    )
    expect(message).toContain('quote has "s", source has " "')
  })

  it('does not "fix" typos: the article\'s "that10" must be quoted as printed', () => {
    const { raw, texts } = loadRealAnnotations()
    const record = raw.casualties.find((c) => c.id === 'cas-children-injured-per-day') as {
      evidence: { quote: string }[]
    }
    expect(record.evidence[0]!.quote).toContain('that10')
    record.evidence[0]!.quote = record.evidence[0]!.quote.replace('that10', 'that 10')
    expect(messages(raw, texts).join('\n')).toContain('quote is not verbatim')
  })

  it('rejects a dangling reference, naming the record and the unknown id', () => {
    const { raw, texts } = loadRealAnnotations()
    raw.positions[2]!.issue = 'no-such-issue'
    expect(messages(raw, texts)).toEqual([
      `positions[2].issue (record "${String(raw.positions[2]!.id)}"): unknown issue "no-such-issue"`,
    ])
  })

  it('rejects an impossible calendar date', () => {
    const { raw, texts } = loadRealAnnotations()
    ;(raw.events[0]!.when as { date: string }).date = '2024-02-30'
    expect(messages(raw, texts)).toEqual([
      `events[0].when.date (record "ev-hamas-attack"): not a real calendar date`,
    ])
  })

  it('rejects an event dated after the article that reports it, but allows a planned meeting', () => {
    const { raw, texts } = loadRealAnnotations()
    const held = raw.meetings.find((m) => m.status === 'held')!
    ;(held.when as { date: string }).date = '2024-12-25'
    const planned = raw.meetings.find((m) => m.status === 'planned')!
    ;(planned.when as { date: string }).date = '2024-12-25'
    const found = messages(raw, texts)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`(record "${String(held.id)}"): date 2024-12-25 is after`)
  })

  it('rejects duplicate ids and an inferred date without a basis', () => {
    const { raw, texts } = loadRealAnnotations()
    raw.events[1]!.id = raw.events[0]!.id
    expect(messages(raw, texts)).toContain(
      'events[1].id (record "ev-hamas-attack"): duplicate id "ev-hamas-attack" (first used in events)',
    )
    const { raw: raw2, texts: texts2 } = loadRealAnnotations()
    ;(raw2.events[0]!.when as { inferred: boolean }).inferred = true
    expect(messages(raw2, texts2)).toEqual([
      'events[0].when.basis (record "ev-hamas-attack"): an inferred date needs a basis saying how it was inferred',
    ])
  })
})
