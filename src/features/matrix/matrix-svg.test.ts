import { describe, expect, it } from 'vitest'
import { selectMatrix } from '../../dataset/select/matrix'
import { loadRealDataset } from '../../test/dataset-fixture'
import { exportTheme } from '../../lib/export/export-theme'
import { parseSvgStrict } from '../../lib/export/svg-test-utils'
import { matrixFigure } from './matrix-svg'
import { markFlagger } from '../../dataset/select/mark-flags'

describe('matrixFigure', () => {
  const d = loadRealDataset()
  const m = selectMatrix(d, { from: '2024-10-30', to: '2024-11-21', person: null })
  const fig = matrixFigure(m, exportTheme('light'))
  const parsed = parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`)

  it('draws every cell as a rect and names every actor and issue in text', () => {
    expect(parsed.elements.filter((e) => e === 'rect')).toHaveLength(
      m.actors.length * m.issues.length,
    )
    for (const name of ['Israel', 'Hezbollah', 'Lebanese government', 'United States'])
      expect(parsed.texts).toContain(name)
    expect(parsed.texts.join(' ')).toContain('ceasefire')
  })

  it('says stances in words and is as wide as the grid, with nothing blank to the right', () => {
    expect(parsed.texts.some((t) => t.includes('✔ supports'))).toBe(true)
    const cols = m.issues.length
    expect(fig.width).toBeLessThanOrEqual(220 + cols * 112)
  })

  it('marks cells resting on a workspace-only record with ✎, and says so in the legend', () => {
    expect(fig.body).not.toContain('✎')
    const pos = d.positions.find((p) => p.actor === 'hezbollah' && p.issue === 'resolution-1701')!
    const own = { ...d, workspace: { only: new Set([pos.id]), changed: new Set<string>() } }
    const marked = matrixFigure(m, exportTheme('light'), markFlagger(own, null))
    const texts = parseSvgStrict(
      `<svg xmlns="http://www.w3.org/2000/svg">${marked.body}</svg>`,
    ).texts
    expect(texts.filter((t) => t.includes('✎') && !t.includes('workspace'))).toHaveLength(1)
    expect(texts).toContain('✎ only in your workspace, not published')
  })
})
