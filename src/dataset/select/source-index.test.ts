import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { selectSourceIndex } from './source-index'

const d = loadRealDataset()

describe('selectSourceIndex', () => {
  const rows = selectSourceIndex(d)
  it('lists every article oldest first', () => {
    expect(rows).toHaveLength(d.sources.length)
    const dates = rows.map((r) => r.source.published.date)
    expect(dates).toEqual([...dates].sort())
  })
  it('counts each record once per article it cites', () => {
    const ft = rows.find((r) => r.source.id === 'ft-hochstein-nov21')!
    const positions = d.positions.filter((p) =>
      p.evidence.some((e) => e.source === 'ft-hochstein-nov21'),
    ).length
    expect(ft.counts.positions).toBe(positions)
    expect(ft.total).toBe(Object.values(ft.counts).reduce((a, b) => a + b, 0))
    expect(rows.reduce((n, r) => n + r.counts.positions, 0)).toBeGreaterThanOrEqual(
      d.positions.length,
    )
  })
})
