import { describe, expect, it } from 'vitest'
import { selectCasualties } from '../../../dataset/select/casualties'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { GROUP_ABOVE, individualLayout, MAX_LANES } from './individual-layout'

const d = loadRealDataset()
const order = d.populations.map((p) => p.id)

describe('individualLayout', () => {
  const all = selectCasualties(d, { ...d.derived.span, actor: null })
  const copies = (n: number, of = all) =>
    Array.from({ length: n }, (_, i) => ({ ...of[i % of.length]!, id: `copy-${i}` }))
  const o = { order, width: 700, from: '2024-10-25', to: '2024-11-24' }

  it('lays the real figures out one mark each', () => {
    expect(individualLayout(all, o)?.placements.size).toBe(all.length)
  })

  it(`groups above ${GROUP_ABOVE} figures, or when a band would need more than ${MAX_LANES} lanes`, () => {
    expect(individualLayout(copies(GROUP_ABOVE + 1), o)).toBeNull()
    const hostages = all.filter((p) => p.id === 'cas-hostages-101')
    // Figures on one day in one band each take a lane of their own.
    expect(individualLayout(copies(MAX_LANES, hostages), o)?.bands[0]?.lanes).toBe(MAX_LANES)
    expect(individualLayout(copies(MAX_LANES + 1, hostages), o)).toBeNull()
  })
})
