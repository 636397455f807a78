import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { brokenAxis, dayScale } from './day-scale'
import { DENSITY_ROWS, MAX_ROWS, STRIP, layoutStrip } from './strip-layout'
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
      const lane = layout.lanes.find((l) => l.lane === m.mark.lane)!
      expect(m.y).toBeGreaterThan(lane.y0)
      expect(m.y).toBeLessThan(lane.y1)
    }
    expect(layout.marks.find((m) => m.mark.id === 'contact-hochstein-mikati-oct')?.bar).toBe(true)
    expect(layout.marks.find((m) => m.mark.id === 'ev-hamas-attack')?.bar).toBe(false)
  })

  it('never lets two marks of a row overlap', () => {
    for (const a of layout.marks)
      for (const b of layout.marks)
        if (a !== b && a.mark.lane === b.mark.lane && a.y === b.y)
          expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true)
  })

  it('stays compact: lanes and axis within about 120px', () => {
    expect(layout.height).toBeLessThanOrEqual(120)
    expect(layout.axisY).toBe(layout.lanes.at(-1)!.y1)
  })
})

describe('layoutStrip on crowded lanes', () => {
  const scale = dayScale(brokenAxis({ from: '2024-01-01', to: '2024-03-31' }, []), 76, 476)
  const meeting = (i: number, day: string) => ({
    id: `m${i}`,
    lane: 'meetings' as const,
    from: day,
    to: day,
    inferred: false,
    planned: false,
    get name(): string {
      throw new Error('a lane drawn as counts never builds names')
    },
  })

  it('draws a lane as counts when its marks outnumber its pixels, keeping the strip compact', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      meeting(i, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
    )
    const layout = layoutStrip(many, scale)
    const lane = layout.lanes.find((l) => l.lane === 'meetings')!
    expect(layout.marks).toEqual([])
    expect(lane.density?.bins.reduce((n, b) => n + b.count, 0)).toBe(500)
    expect(lane.y1 - lane.y0).toBe(DENSITY_ROWS * STRIP.row + 2 * STRIP.lanePad)
  })

  it('draws a lane as counts when it would need more than MAX_ROWS rows', () => {
    const pile = Array.from({ length: 30 }, (_, i) => meeting(i, '2024-02-10'))
    const layout = layoutStrip(pile, scale)
    expect(layout.lanes.find((l) => l.lane === 'meetings')!.density?.bins).toEqual([
      expect.objectContaining({ from: '2024-02-10', to: '2024-02-10', count: 30 }),
    ])
    const few = layoutStrip(pile.slice(0, MAX_ROWS), scale)
    expect(few.marks).toHaveLength(MAX_ROWS)
    expect(few.lanes.every((l) => l.density === null)).toBe(true)
  })
})
