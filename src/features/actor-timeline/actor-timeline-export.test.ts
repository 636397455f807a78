import { describe, expect, it } from 'vitest'
import { selectActorTimeline } from '../../dataset/select/actor-timeline'
import { indexDataset } from '../../dataset/select/index-dataset'
import { loadRealDataset } from '../../test/dataset-fixture'
import { actorTimelineExport } from './actor-timeline-export'

describe('actorTimelineExport', () => {
  it('gives one row per step, the change marked, with its speakers and sources', () => {
    const d = loadRealDataset()
    const steps = selectActorTimeline(d, 'us')
    const out = actorTimelineExport('United States', steps, indexDataset(d))
    expect(out.rows).toHaveLength(steps.length)
    expect(out.rows).toContainEqual(
      expect.objectContaining({
        date: '2024-11-20',
        stances: 'ambiguous',
        previous: 'supports and ambiguous',
        changed: true,
      }),
    )
    expect(out.sources.length).toBeGreaterThan(0)
  })
})
