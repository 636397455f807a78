import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { formatMonth } from '../../lib/dates'
import { recordsByMonth } from './summarize'

const d = loadRealDataset()

describe('recordsByMonth', () => {
  const months = recordsByMonth(d)

  it('lists every month of the span in order, empty months included', () => {
    expect(months[0]!.month).toBe(d.derived.span.from.slice(0, 7))
    expect(months.at(-1)!.month).toBe(d.derived.span.to.slice(0, 7))
    const keys = months.map((m) => m.month)
    expect(keys).toEqual([...keys].sort())
    expect(new Set(keys).size).toBe(keys.length)
    // Oct 2023 to Nov 2024: fourteen months.
    expect(months).toHaveLength(14)
  })

  it('counts each dated record once, in the month it happened', () => {
    const total = months.reduce((n, m) => n + m.positions + m.meetings + m.casualties + m.events, 0)
    expect(total).toBe(
      d.positions.length + d.meetings.length + d.casualties.length + d.events.length,
    )
    const nov = months.find((m) => m.month === '2024-11')!
    expect(nov.meetings).toBe(d.meetings.filter((m) => m.when.date.startsWith('2024-11')).length)
  })
})

describe('formatMonth', () => {
  it('names a month the way the rest of the app names days', () => {
    expect(formatMonth('2024-10')).toBe('Oct 2024')
    expect(formatMonth('2023-01-31')).toBe('Jan 2023')
  })
})
