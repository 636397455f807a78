import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../dataset/select/index-dataset'
import { resolveSelection } from '../../dataset/select/selection'
import { loadRealDataset } from '../../test/dataset-fixture'
import { evidenceExport } from './evidence-export'

describe('evidenceExport', () => {
  it('has one row per quote shown, with its article', () => {
    const d = loadRealDataset()
    const sel = resolveSelection(d, {
      from: d.derived.span.from,
      to: d.derived.span.to,
      actor: null,
      issue: null,
      person: null,
      sel: 'cas-children-injured-per-day',
    })!
    const out = evidenceExport(sel, indexDataset(d))
    expect(out.rows).toEqual([
      expect.objectContaining({
        source: 'netanyahu-security-oct31',
        outlet: '',
        published: '2024-10-31',
        published_inferred: true,
      }),
    ])
    expect(String(out.rows[0]!.quote)).toContain('that10 children')
  })

  it('carries the speaker, the stance and the date said of each quote in a cell', () => {
    const d = loadRealDataset()
    const sel = resolveSelection(d, {
      from: d.derived.span.from,
      to: d.derived.span.to,
      actor: null,
      issue: null,
      person: null,
      sel: 'cell:us:ceasefire',
    })!
    const out = evidenceExport(sel, indexDataset(d))
    expect(out.columns).toEqual(expect.arrayContaining(['speaker', 'stance', 'date_said']))
    expect(out.rows.length).toBeGreaterThan(1)
    for (const row of out.rows) {
      expect(row.speaker).not.toBe('')
      expect(['supports', 'ambiguous']).toContain(row.stance)
      expect(String(row.date_said)).toMatch(/^2024-\d{2}-\d{2}$/)
    }
  })
})
