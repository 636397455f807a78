import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { casualtyShortText, casualtyValueText, figureDigits, selectCasualties } from './casualties'

const d = loadRealDataset()
const all = { from: d.derived.span.from, to: d.derived.span.to, actor: null }

describe('selectCasualties', () => {
  it('keeps every figure as its own point, with the qualifier and rate in words', () => {
    const points = selectCasualties(d, all)
    expect(points).toHaveLength(d.casualties.length)
    const text = Object.fromEntries(points.map((p) => [p.id, p.valueText]))
    expect(text['cas-lebanon-killed-3500']).toBe('more than 3,500')
    expect(text['cas-children-killed-per-day']).toBe('at least 1 a day')
    expect(text['cas-north-israel-evacuated-60000']).toBe('about 60,000')
    expect(text['cas-localities-displaced-oct31']).toBe('10 towns and villages')
  })

  it('keeps both Lebanese death tolls, flagged as disputed, with their report dates', () => {
    const lebanon = selectCasualties(d, all).filter((p) => p.population === 'people-in-lebanon')
    expect(lebanon.map((p) => [p.casualty.value, p.reported, p.claimant, p.disputed])).toEqual([
      [2800, '2024-10-31', 'Lebanese health ministry', true],
      [3500, '2024-11-21', 'Officials from both countries', true],
    ])
  })

  it('filters by the date the figure was stated and focuses the claimant actor', () => {
    const nov = selectCasualties(d, { from: '2024-11-01', to: '2024-11-30', actor: null })
    expect(nov.map((p) => p.id).sort()).toEqual([
      'cas-israelis-killed-120',
      'cas-lebanon-killed-3500',
    ])
    const focused = selectCasualties(d, { ...all, actor: 'unicef' }).filter((p) => p.focused)
    expect(focused.map((p) => p.id).sort()).toEqual([
      'cas-children-injured-per-day',
      'cas-children-killed-per-day',
    ])
  })
})

describe('selectCasualties, memoised and linear', () => {
  // The selector as it was first written: filter, map and sort on every call.
  const reference = (from: string, to: string, actor: string | null) =>
    d.casualties
      .filter((c) => c.when.date <= to && (c.when.until ?? c.when.date) >= from)
      .map((c) => ({
        id: c.id,
        focused: !!actor && c.claimant.actor === actor,
        label: d.populations.find((p) => p.id === c.population)!.label,
        reported: d.derived.reportedOn[c.id] ?? c.when.date,
      }))
      .sort(
        (a, b) =>
          a.label.localeCompare(b.label) ||
          a.reported.localeCompare(b.reported) ||
          a.id.localeCompare(b.id),
      )
      .map(({ id, focused }) => ({ id, focused }))
  const day = fc
    .integer({ min: 0, max: 400 })
    .map((n) => new Date(Date.UTC(2023, 9, 1) + n * 86_400_000).toISOString().slice(0, 10))
  const actor = fc.constantFrom(null, 'unicef', 'israel', 'lebanon', 'hezbollah')

  it('gives the same figures, focus and order as filtering and sorting from scratch', () => {
    fc.assert(
      fc.property(day, day, actor, (a, b, who) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const got = selectCasualties(d, { from, to, actor: who }).map((p) => ({
          id: p.id,
          focused: p.focused,
        }))
        expect(got).toEqual(reference(from, to, who))
      }),
    )
  })

  it('returns the same array for the same filter, and never marks the shared points as focused', () => {
    const first = selectCasualties(d, { ...all, actor: 'unicef' })
    expect(selectCasualties(d, { ...all, actor: 'unicef' })).toBe(first)
    expect(selectCasualties(d, all).some((p) => p.focused)).toBe(false)
    // An unfocused point is the same object under any filter that keeps it.
    const one = selectCasualties(d, all).find((p) => p.id === 'cas-lebanon-killed-2800')
    expect(
      selectCasualties(d, { from: '2024-10-01', to: '2024-11-30', actor: null }).find(
        (p) => p.id === one?.id,
      ),
    ).toBe(one)
  })
})

describe('selectCasualties, stable results', () => {
  it('returns the previous array when another range holds the same figures', () => {
    const wide = selectCasualties(d, all)
    // Every figure was stated in October and November 2024.
    expect(selectCasualties(d, { ...all, from: '2024-01-01' })).toBe(wide)
    expect(selectCasualties(d, { ...all, from: '2024-11-01' })).not.toBe(wide)
    const focused = selectCasualties(d, { ...all, actor: 'unicef' })
    expect(selectCasualties(d, { ...all, from: '2024-02-01', actor: 'unicef' })).toBe(focused)
  })
})

describe('casualtyShortText', () => {
  it('gives each figure of the articles with its qualifier as a sign, shorter than the text', () => {
    const byId = new Map(loadRealDataset().casualties.map((c) => [c.id, c]))
    const short = (id: string) => casualtyShortText(byId.get(id)!)
    expect(short('cas-lebanon-killed-3500')).toBe('>3,500')
    expect(short('cas-children-killed-per-day')).toBe('≥1/day')
    expect(short('cas-localities-displaced-oct31')).toBe('10 towns')
    for (const c of byId.values())
      expect(casualtyShortText(c).length).toBeLessThanOrEqual(casualtyValueText(c).length)
  })
})

describe('figureDigits (issue 17)', () => {
  it('never writes a tiny or huge figure as another number', () => {
    expect(figureDigits(5e-324)).toBe('5e-324')
    expect(figureDigits(0.0004)).toBe('0.0004')
    expect(figureDigits(1e300)).toBe('1e+300')
    expect(figureDigits(3500)).toBe('3,500')
    expect(figureDigits(0)).toBe('0')
  })

  it('is what the chart and the evidence print', () => {
    const c = loadRealDataset().casualties[0]!
    expect(casualtyShortText({ ...c, value: 5e-324, qualifier: 'exact', rate: null })).toMatch(
      /^5e-324/,
    )
  })
})
