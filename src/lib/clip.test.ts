import { describe, expect, it } from 'vitest'
import { clip } from './clip'

describe('clip', () => {
  it('keeps a short label and cuts a long one to the limit with an ellipsis', () => {
    expect(clip('Israel')).toBe('Israel')
    const cut = clip('x'.repeat(1_000_000))
    expect(cut).toHaveLength(80)
    expect(cut.endsWith('…')).toBe(true)
  })
})
