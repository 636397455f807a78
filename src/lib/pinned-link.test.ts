import { describe, expect, it } from 'vitest'
import { namesLocalDataset, pinnedLink } from './pinned-link'

const span = { from: '2023-10-07', to: '2024-11-21' }

describe('pinnedLink', () => {
  it('writes out both ends of the range and the dataset version, keeping the rest', () => {
    const link = new URL(pinnedLink('http://x/matrix?actor=us#q-4', span, 'abc123'))
    expect(link.pathname).toBe('/matrix')
    expect(link.hash).toBe('#q-4')
    expect(Object.fromEntries(link.searchParams)).toEqual({
      actor: 'us',
      from: '2023-10-07',
      to: '2024-11-21',
      v: 'abc123',
    })
  })
  it('keeps a range already in the link', () => {
    const link = new URL(pinnedLink('http://x/?from=2024-10-31', span, 'abc'))
    expect(link.searchParams.get('from')).toBe('2024-10-31')
    expect(link.searchParams.get('to')).toBe('2024-11-21')
  })
  it('tells a locally opened dataset apart', () => {
    expect(namesLocalDataset('http://x/?dataset=local:mine.json')).toBe(true)
    expect(namesLocalDataset('http://x/?dataset=https://a/b.json')).toBe(false)
    expect(namesLocalDataset('http://x/')).toBe(false)
  })
})
