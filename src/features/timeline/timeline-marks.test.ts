import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { activeDates, formatSpan, packRows, timelineMarks } from './timeline-marks'

describe('timelineMarks', () => {
  const d = loadRealDataset()
  const marks = timelineMarks(d)

  it('has one mark per event, meeting and article', () => {
    expect(marks.filter((m) => m.lane === 'events')).toHaveLength(d.events.length)
    expect(marks.filter((m) => m.lane === 'meetings')).toHaveLength(d.meetings.length)
    expect(marks.filter((m) => m.lane === 'articles')).toHaveLength(d.sources.length)
  })

  it('names marks with kind, label and date, flagging inferred dates', () => {
    expect(marks.find((m) => m.id === 'ev-hamas-attack')?.name).toBe(
      'Event: Hamas attack on Israel, 7 Oct 2023',
    )
    expect(marks.find((m) => m.id === 'ev-nasrallah-killed')?.name).toBe(
      'Event: Nasrallah killed, 27 Sep 2024 (date inferred)',
    )
    const contact = marks.find((m) => m.id === 'contact-hochstein-mikati-oct')!
    expect([contact.from, contact.to, contact.inferred]).toEqual(['2024-10-28', '2024-11-01', true])
    expect(contact.name).toMatch(/^Contact: .*Hochstein.*, 28 Oct – 1 Nov 2024 \(date inferred\)$/)
  })

  it('is memoised per dataset and sorted by start date', () => {
    expect(timelineMarks(d)).toBe(marks)
    for (let i = 1; i < marks.length; i++) expect(marks[i - 1]!.from <= marks[i]!.from).toBe(true)
    expect(new Set(activeDates(marks)).size).toBe(activeDates(marks).length)
  })

  it('marks planned meetings', () => {
    expect(marks.filter((m) => m.planned).map((m) => m.id)).toEqual([
      'meet-hochstein-netanyahu-nov21',
    ])
  })
})

describe('formatSpan', () => {
  it('shortens a span within one year', () => {
    expect(formatSpan('2024-11-19', '2024-11-20')).toBe('19 Nov – 20 Nov 2024')
    expect(formatSpan('2023-12-30', '2024-01-02')).toBe('30 Dec 2023 – 2 Jan 2024')
    expect(formatSpan('2024-11-19', '2024-11-19')).toBe('19 Nov 2024')
  })
})

describe('packRows', () => {
  it('stacks overlapping extents and reuses free rows', () => {
    expect(
      packRows([
        { x0: 0, x1: 10 },
        { x0: 5, x1: 8 },
        { x0: 12, x1: 20 },
        { x0: 9, x1: 11 },
      ]),
    ).toEqual({ rows: [0, 1, 0, 1], count: 2 })
    expect(packRows([])).toEqual({ rows: [], count: 0 })
  })

  it('gives up as soon as more than maxRows rows would be needed', () => {
    const pile = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10 }))
    expect(packRows(pile, 1, 5)).toEqual({ rows: [0, 1, 2, 3, 4], count: 5 })
    expect(packRows(pile, 1, 4)).toBeNull()
  })
})
