import { describe, expect, it } from 'vitest'
import { selectActorTimeline } from '../../dataset/select/actor-timeline'
import { exportTheme } from '../../lib/export/export-theme'
import { parseSvgStrict } from '../../lib/export/svg-test-utils'
import { loadRealDataset } from '../../test/dataset-fixture'
import { actorTimelineFigure } from './actor-timeline-svg'

const parse = (body: string) =>
  parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`)

describe('actorTimelineFigure', () => {
  const d = loadRealDataset()
  const steps = selectActorTimeline(d, 'us')
  const theme = exportTheme('light')

  it('names the actor and every issue it took a stance on as text, with no foreignObject', () => {
    const parsed = parse(actorTimelineFigure('United States', steps, theme).body)
    expect(parsed.elements).not.toContain('foreignObject')
    expect(parsed.texts[0]).toBe('United States: positions by date')
    for (const label of new Set(steps.map((s) => s.issue.label)))
      expect(parsed.texts.some((t) => label.startsWith(t.replace(/…$/, '')))).toBe(true)
  })

  it('draws a bar per stance of each step in the stance colour, and marks each change Δ', () => {
    const parsed = parse(actorTimelineFigure('United States', steps, theme).body)
    const bars = steps.reduce((n, s) => n + s.stances.length, 0)
    // One swatch per stance in the legend besides the bars.
    expect(parsed.elements.filter((e) => e === 'rect')).toHaveLength(bars + 4)
    const changes = steps.filter((s) => s.changed).length
    expect(changes).toBeGreaterThan(0)
    expect(parsed.texts.filter((t) => t === 'Δ')).toHaveLength(changes)
    const body = actorTimelineFigure('United States', steps, theme).body
    expect(body).toContain(`fill="${theme.stance.ambiguous}"`)
  })

  it('says so when the articles report no stance', () => {
    const parsed = parse(actorTimelineFigure('Nobody', [], theme).body)
    expect(parsed.texts).toContain('The articles report no stance of Nobody.')
  })
})
