import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../dataset/test-fixture'
import { brokenAxis, dayScale } from './day-scale'
import { STRIP, layoutStrip } from './strip-layout'
import { activeDates, timelineMarks } from './timeline-marks'

describe('layoutStrip', () => {
  const d = loadRealDataset()
  const marks = timelineMarks(d)
  const layout = layoutStrip(
    marks,
    dayScale(brokenAxis(d.derived.span, activeDates(marks)), STRIP.gutter, 1264),
  )

  it('places every mark inside its lane, spans as bars', () => {
    expect(layout.marks).toHaveLength(marks.length)
    for (const m of layout.marks) {
      const lane = layout.lanes.find((l) => l.lane === m.lane)!
      expect(m.y).toBeGreaterThan(lane.y0)
      expect(m.y).toBeLessThan(lane.y1)
    }
    expect(layout.marks.find((m) => m.id === 'contact-hochstein-mikati-oct')?.bar).toBe(true)
    expect(layout.marks.find((m) => m.id === 'ev-hamas-attack')?.bar).toBe(false)
  })

  it('never lets two marks of a row overlap', () => {
    for (const a of layout.marks)
      for (const b of layout.marks)
        if (a !== b && a.lane === b.lane && a.y === b.y)
          expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true)
  })

  it('stays compact: lanes and axis within about 120px', () => {
    expect(layout.height).toBeLessThanOrEqual(120)
    expect(layout.axisY).toBe(layout.lanes.at(-1)!.y1)
  })
})
