import { describe, expect, it } from 'vitest'
import { lastDay, overlaps, partlyInside, precisionOf, whenLabel } from './when'

const day = { date: '2024-10-31' }
const onOrBefore = { date: '2024-11-20', precision: 'on-or-before' as const }
const range = { date: '2024-10-28', until: '2024-11-01', precision: 'range' as const }
// Schema version 1 wrote a range as a bare `until`.
const v1Range = { date: '2024-10-28', until: '2024-11-01' }

describe('date precision', () => {
  it('fills in what version 1 left implicit', () => {
    expect(precisionOf(day)).toBe('day')
    expect(precisionOf(v1Range)).toBe('range')
    expect(precisionOf(onOrBefore)).toBe('on-or-before')
    expect(lastDay(range)).toBe('2024-11-01')
    expect(lastDay(onOrBefore)).toBe('2024-11-20')
  })

  it('shows a range that overlaps the filter, and marks it when it sticks out', () => {
    // 28 Oct - 1 Nov against filters that end inside it, start inside it, hold it, and miss it.
    expect([
      overlaps(range, '2024-10-01', '2024-10-30'),
      partlyInside(range, '2024-10-01', '2024-10-30'),
    ]).toEqual([true, true])
    expect([
      overlaps(range, '2024-10-31', '2024-11-30'),
      partlyInside(range, '2024-10-31', '2024-11-30'),
    ]).toEqual([true, true])
    expect([
      overlaps(range, '2024-10-28', '2024-11-01'),
      partlyInside(range, '2024-10-28', '2024-11-01'),
    ]).toEqual([true, false])
    expect(overlaps(range, '2024-11-02', '2024-11-30')).toBe(false)
    expect(overlaps(range, '2024-10-01', '2024-10-27')).toBe(false)
    expect(partlyInside(range, '2024-11-02', '2024-11-30')).toBe(false)
  })

  it('places an on-or-before date on its bound, never partly inside', () => {
    expect(overlaps(onOrBefore, '2024-11-20', '2024-11-21')).toBe(true)
    expect(overlaps(onOrBefore, '2024-10-01', '2024-11-19')).toBe(false)
    expect(partlyInside(onOrBefore, '2024-11-20', '2024-11-21')).toBe(false)
  })

  it('says the precision in the label', () => {
    expect(whenLabel(onOrBefore)).toBe('on or before 20 Nov 2024')
    expect(whenLabel(range)).toBe('28 Oct 2024 – 1 Nov 2024')
    expect(whenLabel(day)).toBe('31 Oct 2024')
  })
})
