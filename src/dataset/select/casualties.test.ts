import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test-fixture'
import { selectCasualties } from './casualties'

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
    expect(nov.map((p) => p.id).sort()).toEqual(['cas-israelis-killed-120', 'cas-lebanon-killed-3500'])
    const focused = selectCasualties(d, { ...all, actor: 'unicef' }).filter((p) => p.focused)
    expect(focused.map((p) => p.id).sort()).toEqual(['cas-children-injured-per-day', 'cas-children-killed-per-day'])
  })
})
