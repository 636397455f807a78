import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { axisTicks } from './axis-ticks'
import { brokenAxis, dayScale } from './day-scale'
import { activeDates, timelineMarks } from './timeline-marks'

describe('axisTicks', () => {
  const d = loadRealDataset()
  const segs = brokenAxis(d.derived.span, activeDates(timelineMarks(d)))

  it('labels the start of the span with its year and never overlaps labels', () => {
    for (const width of [500, 1200, 1800]) {
      const ticks = axisTicks(dayScale(segs, 70, width), { min: 0, max: width + 10 })
      expect(ticks[0]).toMatchObject({ date: '2023-10-07', label: '7 Oct 2023' })
      for (let i = 1; i < ticks.length; i++)
        expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(40)
    }
  })

  it('adds the year when it changes and shows more days when wider', () => {
    const narrow = axisTicks(dayScale(segs, 70, 600), { min: 0, max: 610 })
    const wide = axisTicks(dayScale(segs, 70, 1800), { min: 0, max: 1810 })
    expect(narrow.find((t) => t.date.startsWith('2024'))?.label).toMatch(/ 2024$/)
    expect(wide.length).toBeGreaterThan(narrow.length)
  })
})
