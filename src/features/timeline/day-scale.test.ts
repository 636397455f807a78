import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { brokenAxis, clampDate, dayNumber, dayScale, isoOfDay } from './day-scale'
import { activeDates, timelineMarks } from './timeline-marks'

describe('day numbers', () => {
  it('round-trips dates, leap days included', () => {
    for (const iso of ['2023-10-07', '2024-02-29', '2024-11-21'])
      expect(isoOfDay(dayNumber(iso))).toBe(iso)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2)
  })
})

describe('brokenAxis', () => {
  const span = { from: '2024-01-01', to: '2024-03-31' }

  it('is one linear stretch when nothing is active', () => {
    expect(brokenAxis(span, [])).toEqual([
      {
        start: dayNumber('2024-01-01'),
        end: dayNumber('2024-04-01'),
        weight: 91,
        compressed: false,
      },
    ])
  })

  it('compresses long empty stretches and keeps short ones linear', () => {
    const segs = brokenAxis(span, ['2024-01-01', '2024-01-10', '2024-03-30'], {
      pad: 1,
      maxGap: 14,
      gapWeight: 5,
    })
    expect(
      segs.map((s) => [isoOfDay(s.start), isoOfDay(s.end - 1), s.weight, s.compressed]),
    ).toEqual([
      ['2024-01-01', '2024-01-11', 11, false],
      ['2024-01-12', '2024-03-28', 5, true],
      ['2024-03-29', '2024-03-31', 3, false],
    ])
  })

  it('keeps late Oct to Nov 2024 of the real dataset linear and squeezes the year before it', () => {
    const d = loadRealDataset()
    const segs = brokenAxis(d.derived.span, activeDates(timelineMarks(d)))
    const linear = segs
      .filter((s) => !s.compressed)
      .map((s) => [isoOfDay(s.start), isoOfDay(s.end - 1)])
    expect(linear).toContainEqual(['2024-10-26', '2024-11-21'])
    expect(linear[0]![0]).toBe('2023-10-07')
    const total = segs.reduce((n, s) => n + s.weight, 0)
    const lateWeight = segs.find((s) => isoOfDay(s.start) === '2024-10-26')!.weight
    expect(lateWeight / total).toBeGreaterThan(0.4)
  })
})

describe('dayScale', () => {
  const segs = brokenAxis({ from: '2024-01-01', to: '2024-03-31' }, ['2024-01-05', '2024-03-25'], {
    pad: 2,
    maxGap: 14,
    gapWeight: 4,
  })
  const scale = dayScale(segs, 100, 1100)

  it('maps the span onto [x0, x1]', () => {
    expect(scale.x('2024-01-01')).toBe(100)
    expect(scale.end('2024-03-31')).toBeCloseTo(1100)
    expect(scale.first).toBe('2024-01-01')
    expect(scale.last).toBe('2024-03-31')
  })

  it('gives linear days equal width and is monotonic through the compressed gap', () => {
    const w = scale.end('2024-01-05') - scale.x('2024-01-05')
    expect(scale.end('2024-03-25') - scale.x('2024-03-25')).toBeCloseTo(w)
    let prev = -Infinity
    for (let d = dayNumber('2024-01-01'); d <= dayNumber('2024-03-31'); d++) {
      expect(scale.xOfDay(d)).toBeGreaterThan(prev)
      prev = scale.xOfDay(d)
    }
  })

  it('inverts x to the day under it, snapped and clamped', () => {
    for (const iso of ['2024-01-01', '2024-01-05', '2024-02-10', '2024-03-31'])
      expect(scale.dateAt(scale.centre(iso))).toBe(iso)
    expect(scale.dateAt(scale.x('2024-01-06') + 0.01)).toBe('2024-01-06')
    expect(scale.dateAt(-50)).toBe('2024-01-01')
    expect(scale.dateAt(5000)).toBe('2024-03-31')
  })
})

describe('clampDate', () => {
  it('keeps dates inside the range', () => {
    expect(clampDate('2020-01-01', '2023-10-07', '2024-11-21')).toBe('2023-10-07')
    expect(clampDate('2030-01-01', '2023-10-07', '2024-11-21')).toBe('2024-11-21')
    expect(clampDate('2024-05-05', '2023-10-07', '2024-11-21')).toBe('2024-05-05')
  })
})
