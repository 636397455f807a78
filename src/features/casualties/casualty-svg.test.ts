import { describe, expect, it } from 'vitest'
import { selectCasualties } from '../../dataset/select/casualties'
import { loadRealDataset } from '../../test/dataset-fixture'
import { exportTheme } from '../../lib/export/export-theme'
import { parseSvgStrict } from '../../lib/export/svg-test-utils'
import { casualtyFigure } from './casualty-svg'
import { lonelyDisputes } from './lonely-disputes'

describe('casualtyFigure', () => {
  const d = loadRealDataset()
  const filter = { from: '2024-10-30', to: '2024-11-21' }
  const points = selectCasualties(d, { ...filter, actor: null })

  it('draws one marker path per figure with its value and the claimants as text', () => {
    const fig = casualtyFigure(d, points, filter, exportTheme('light'))
    const parsed = parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`)
    const legendMarkers = new Set(points.map((p) => p.claimant)).size
    expect(parsed.elements.filter((e) => e === 'path')).toHaveLength(points.length + legendMarkers)
    expect(parsed.texts).toContain('Lebanese health ministry')
    expect(parsed.texts.some((t) => t.startsWith('more than 2,800'))).toBe(true)
  })

  it('marks a disputed figure whose counterpart is outside the range', () => {
    const disputed = points.filter((p) => p.disputed)
    expect(disputed.length).toBeGreaterThan(0)
    // With every figure shown, no dispute is missing its other side.
    expect(lonelyDisputes(d, points).size).toBe(0)
    const alone = lonelyDisputes(d, [disputed[0]!])
    expect(alone.has(disputed[0]!.id)).toBe(true)
    const fig = casualtyFigure(d, [disputed[0]!], filter, exportTheme('light'))
    expect(fig.body).toContain('disputed (counterpart outside range)')
  })

  it('marks a figure only in the workspace with a dotted ring, ✎ and a legend line', () => {
    const plain = casualtyFigure(d, points, filter, exportTheme('light'))
    expect(plain.body).not.toContain('✎')
    const own = { ...d, workspace: { only: new Set([points[0]!.id]), changed: new Set<string>() } }
    const fig = casualtyFigure(own, points, filter, exportTheme('light'))
    const parsed = parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`)
    expect(parsed.texts.filter((t) => t.endsWith(' ✎'))).toHaveLength(1)
    expect(parsed.texts.join(' ')).toContain('✎ dotted ring: only in your workspace')
  })
})
