import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '../casualty-layout'
import { fitLabel } from './casualty-mark'

describe('fitLabel', () => {
  const labels = ['more than 3,500 · disputed', 'more than 3,500'] as const
  it('keeps the whole label when it fits', () => {
    expect(fitLabel(labels, estimateTextWidth(labels[0]))).toBe(labels[0])
  })
  it('falls back to the shorter label, then cuts that one to the room with an ellipsis', () => {
    expect(fitLabel(labels, estimateTextWidth(labels[1]))).toBe('more than 3,500')
    const cut = fitLabel(labels, 80)
    expect(cut).toBe('more than…')
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(80)
    expect(fitLabel(labels, 0)).toBe('m…')
  })
})
