import { describe, expect, it } from 'vitest'
import { dragRange } from './brush-range'

describe('dragRange', () => {
  const range = { from: '2024-10-01', to: '2024-10-31' }

  it('draws a new window whichever way the pointer moves', () => {
    expect(dragRange('new', '2024-11-05', '2024-11-09', range)).toEqual({
      from: '2024-11-05',
      to: '2024-11-09',
    })
    expect(dragRange('new', '2024-11-05', '2024-11-01', range)).toEqual({
      from: '2024-11-01',
      to: '2024-11-05',
    })
  })

  it('moves one end and stops it at the other', () => {
    expect(dragRange('from', '', '2024-10-10', range)).toEqual({
      from: '2024-10-10',
      to: '2024-10-31',
    })
    expect(dragRange('from', '', '2024-11-10', range)).toEqual({
      from: '2024-10-31',
      to: '2024-10-31',
    })
    expect(dragRange('to', '', '2024-11-02', range)).toEqual({
      from: '2024-10-01',
      to: '2024-11-02',
    })
    expect(dragRange('to', '', '2024-09-02', range)).toEqual({
      from: '2024-10-01',
      to: '2024-10-01',
    })
  })
})
