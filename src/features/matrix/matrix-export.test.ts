import { describe, expect, it } from 'vitest'
import { selectMatrix } from '../../dataset/select/matrix'
import { loadRealDataset } from '../../test/dataset-fixture'
import { matrixExport } from './matrix-export'

describe('matrixExport', () => {
  const d = loadRealDataset()
  it('has one row per cell shown, the stance in words, and the sources of the positions in force', () => {
    const m = selectMatrix(d, { from: '2024-10-31', to: '2024-10-31', person: null })
    const out = matrixExport(m)
    expect(out.rows).toHaveLength(m.actors.length * m.issues.length)
    expect(
      out.rows.find((r) => r.actor === 'United States' && r.issue === 'A ceasefire in Lebanon'),
    ).toMatchObject({ stance: 'supports and ambiguous', implied: '', disputed: true })
    expect(
      out.rows.find((r) => r.actor === 'Israel' && r.issue === 'Lebanese army deployment'),
    ).toMatchObject({ stance: 'supports (implied)', implied: 'supports' })
    expect(
      out.rows.find((r) => r.actor === 'Hezbollah' && r.issue === 'Lebanese sovereignty')?.stance,
    ).toBe('supports (implied)')
    expect(out.sources).not.toContain('ft-hochstein-nov21')
  })
})
