import { describe, expect, it } from 'vitest'
import { brokenAxis, dayScale } from './day-scale'
import { barsPath, binAt, binByDay, binLabel, crowded } from './density'

const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}`
const on = (d: number, until = d) => ({ from: day(d), to: day(until) })

describe('binByDay', () => {
  // March 2024 over 310px: 10px a day.
  const scale = dayScale(brokenAxis({ from: day(1), to: day(31) }, []), 0, 310)

  it('counts records per day, skipping empty days', () => {
    const band = binByDay([on(3), on(3), on(5), on(3)], scale)
    expect(band.daysPerBin).toBe(1)
    expect(band.max).toBe(3)
    expect(band.bins).toEqual([
      { from: day(3), to: day(3), x0: 20, x1: 30, count: 3 },
      { from: day(5), to: day(5), x0: 40, x1: 50, count: 1 },
    ])
  })

  it('groups days into bins at least minPx wide, aligned to the stretch start', () => {
    const band = binByDay([on(1), on(7), on(9), on(10), on(31)], scale, 25)
    expect(band.daysPerBin).toBe(3)
    expect(band.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [day(1), day(3), 1],
      [day(7), day(9), 2],
      [day(10), day(12), 1],
      [day(31), day(31), 1],
    ])
  })

  it('counts a span once in every bin it touches', () => {
    const band = binByDay([on(2, 8), on(4)], scale, 25)
    expect(band.bins.map((b) => [b.from, b.count])).toEqual([
      [day(1), 1],
      [day(4), 2],
      [day(7), 1],
    ])
  })

  it('keeps bins off compressed stretches and totals every one-day record', () => {
    const dates = [day(1), day(2), '2024-06-01', '2024-06-02']
    const broken = dayScale(brokenAxis({ from: day(1), to: '2024-06-30' }, dates), 0, 600)
    const records = [...dates, ...dates, day(2)].map((d) => ({ from: d, to: d }))
    const band = binByDay(records, broken)
    expect(band.bins.reduce((n, b) => n + b.count, 0)).toBe(records.length)
    for (const b of band.bins)
      expect(
        broken.segments.some(
          (s) => !s.compressed && broken.xOfDay(s.start) <= b.x0 && b.x1 <= broken.xOfDay(s.end),
        ),
      ).toBe(true)
  })

  it('is linear: 100,000 records over a year bin in well under a second', () => {
    const year = dayScale(brokenAxis({ from: '2024-01-01', to: '2024-12-31' }, []), 0, 1200)
    const records = Array.from({ length: 100_000 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10)
      return { from: d, to: d }
    })
    const t0 = performance.now()
    const band = binByDay(records, year)
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(band.bins.reduce((n, b) => n + b.count, 0)).toBe(100_000)
  })
})

describe('helpers', () => {
  const bins = [
    { from: day(3), to: day(9), x0: 10, x1: 20, count: 312 },
    { from: day(17), to: day(17), x0: 30, x1: 40, count: 1 },
  ]

  it('labels a bin with its count and days', () => {
    expect(binLabel('meetings', bins[0]!)).toBe('312 meetings, 3 Mar – 9 Mar 2024')
    expect(binLabel('events', bins[1]!)).toBe('1 event, 17 Mar 2024')
    expect(binLabel('articles', { ...bins[0]!, count: 1200 })).toBe(
      '1,200 articles, 3 Mar – 9 Mar 2024',
    )
  })

  it('finds the bin under x', () => {
    expect([5, 10, 19.9, 20, 35, 40].map((x) => binAt(bins, x))).toEqual([-1, 0, 0, -1, 1, -1])
  })

  it('draws all bars as one path, heights by count', () => {
    const band = { bins, max: 312, daysPerBin: 7 }
    expect(barsPath(band, 50, 24)).toBe('M10 50h9.5v-24h-9.5ZM30 50h9.5v-1h-9.5Z')
    expect(barsPath(band, 50, 24, (b) => b.count < 10)).toBe('M30 50h9.5v-1h-9.5Z')
  })

  it('calls a lane crowded past one mark per 4px', () => {
    expect(crowded(300, 1200)).toBe(false)
    expect(crowded(301, 1200)).toBe(true)
  })
})
