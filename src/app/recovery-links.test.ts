import { describe, expect, it } from 'vitest'
import { hasSelection, withoutSelection } from './recovery-links'

describe('withoutSelection', () => {
  it('drops only the selection, keeping the filters, tables and dataset', () => {
    const search = '?from=2024-11-01&actor=israel&sel=edge:a--b&tables=matrix&dataset=%2Fx.json'
    expect(withoutSelection(search)).toBe(
      '?from=2024-11-01&actor=israel&tables=matrix&dataset=%2Fx.json',
    )
    expect(hasSelection(search)).toBe(true)
  })

  it('drops a selected person too, and leaves nothing when nothing else was set', () => {
    expect(withoutSelection('?person=hochstein')).toBe('')
    expect(hasSelection('?from=2024-11-01')).toBe(false)
  })
})
