import { describe, expect, it } from 'vitest'
import { isoOfDay } from './casualty-layout'
import { timeTicks } from './time-ticks'

const labels = (from: string, to: string, max: number) => {
  const t = timeTicks(from, to, max)
  return t.days.map(t.format)
}

describe('timeTicks', () => {
  it('uses days for a short range', () => {
    expect(labels('2024-10-30', '2024-11-01', 5)).toEqual(['30 Oct', '31 Oct', '1 Nov'])
  })

  it('steps by weeks when days would crowd', () => {
    expect(labels('2024-11-01', '2024-11-30', 6)).toEqual([
      '1 Nov',
      '8 Nov',
      '15 Nov',
      '22 Nov',
      '29 Nov',
    ])
  })

  it('uses month starts inside the range for long ranges, never more than asked', () => {
    const t = timeTicks('2023-10-07', '2024-11-21', 5)
    expect(t.days.length).toBeLessThanOrEqual(5)
    expect(
      t.days
        .map(isoOfDay)
        .every((iso) => iso.endsWith('-01') && iso > '2023-10-07' && iso < '2024-11-21'),
    ).toBe(true)
    expect(t.days.map(t.format)).toEqual(['Jan 2024', 'Apr 2024', 'Jul 2024', 'Oct 2024'])
  })

  it('labels the two ends of a short range that crosses no month start', () => {
    expect(labels('2024-11-02', '2024-11-30', 2)).toEqual(['2 Nov', '30 Nov'])
  })
})
