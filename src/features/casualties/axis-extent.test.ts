import { describe, expect, it } from 'vitest'
import { axisExtent } from './axis-extent'

describe('axisExtent', () => {
  const filter = { from: '2023-10-07', to: '2024-11-21' }
  it('spans the report dates shown, padded, not the whole filter', () => {
    expect(axisExtent(['2024-10-31', '2024-11-21', '2024-11-01'], filter)).toEqual({
      from: '2024-10-28',
      to: '2024-11-24',
    })
  })
  it('keeps at least two weeks around a single date', () => {
    expect(axisExtent(['2024-10-31'], filter)).toEqual({ from: '2024-10-24', to: '2024-11-07' })
  })
  it('falls back to the filter when nothing is shown', () => {
    expect(axisExtent([], filter)).toEqual(filter)
  })
})
