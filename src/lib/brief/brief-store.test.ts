import { beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_BRIEF, pinSelection, readBrief, updateBrief, writeBrief } from './brief-store'

describe('brief store', () => {
  beforeEach(() => writeBrief(EMPTY_BRIEF))

  it('keeps the title, judgments and pins, and pins a selection once', () => {
    updateBrief((b) => ({ ...b, title: 'Ceasefire talks', judgments: 'Israel insists.' }))
    pinSelection({ sel: 'cell:israel:freedom-to-strike', from: '2024-10-30', to: '2024-11-21' })
    pinSelection({ sel: 'cell:israel:freedom-to-strike', from: '2024-10-31', to: '2024-11-21' })
    pinSelection({ sel: 'edge:a--b', from: '2024-10-30', to: '2024-11-21' })
    const b = readBrief()
    expect(b.title).toBe('Ceasefire talks')
    expect(b.pins.map((p) => [p.sel, p.from])).toEqual([
      ['cell:israel:freedom-to-strike', '2024-10-31'],
      ['edge:a--b', '2024-10-30'],
    ])
  })
})
