import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { selectActorTimeline } from './actor-timeline'

const d = loadRealDataset()

describe('selectActorTimeline', () => {
  const us = selectActorTimeline(d, 'us')
  it('lists the actor’s steps on every issue in date order', () => {
    const dates = us.map((s) => s.date)
    expect(dates).toEqual([...dates].sort())
    expect(new Set(us.map((s) => s.issue.id)).size).toBeGreaterThan(5)
    expect(us.every((s) => s.positions.every((p) => p.actor === 'us'))).toBe(true)
  })
  it('marks a change only where the stances differ from those before', () => {
    const ceasefire = us.filter((s) => s.issue.id === 'ceasefire')
    expect(ceasefire.map((s) => [s.date, s.stances, s.changed])).toEqual([
      ['2024-10-31', ['supports', 'ambiguous'], false],
      ['2024-11-20', ['ambiguous'], true],
      ['2024-11-21', ['supports'], true],
    ])
    const hw = us.filter((s) => s.issue.id === 'hezbollah-withdrawal')
    expect(hw.map((s) => s.changed)).toEqual([false, false])
    expect(selectActorTimeline(d, 'nobody')).toEqual([])
  })
})
