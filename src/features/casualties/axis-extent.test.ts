import { describe, expect, it } from 'vitest'
import { axisExtent } from './axis-extent'

describe('axisExtent', () => {
  const filter = { from: '2023-10-07', to: '2024-12-31' }
  it('spans the report dates shown, padded, not the whole filter', () => {
    expect(axisExtent(['2024-10-31', '2024-11-21', '2024-11-01'], filter)).toEqual({
      from: '2024-10-28',
      to: '2024-11-24',
    })
  })
  it('keeps at least two weeks around a single date', () => {
    expect(axisExtent(['2024-10-31'], filter)).toEqual({ from: '2024-10-24', to: '2024-11-07' })
  })
  it('ends at the filter’s end, not the padding past it', () => {
    const to21 = { from: '2024-10-30', to: '2024-11-21' }
    expect(axisExtent(['2024-10-31', '2024-11-21'], to21)).toEqual({
      from: '2024-10-28',
      to: '2024-11-21',
    })
  })
  it('keeps two weeks by reaching back when the filter’s end is near', () => {
    const to21 = { from: '2024-10-30', to: '2024-11-21' }
    expect(axisExtent(['2024-11-20'], to21)).toEqual({ from: '2024-11-07', to: '2024-11-21' })
  })
  it('runs to a figure first reported after the filter’s end, and no further', () => {
    const to21 = { from: '2024-10-30', to: '2024-11-21' }
    expect(axisExtent(['2024-11-01', '2024-11-25'], to21).to).toBe('2024-11-25')
  })
  it('falls back to the filter when nothing is shown', () => {
    expect(axisExtent([], filter)).toEqual(filter)
  })
})
