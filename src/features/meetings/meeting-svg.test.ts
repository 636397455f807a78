import { describe, expect, it } from 'vitest'
import { selectGraph } from '../../dataset/select/graph'
import { indexDataset } from '../../dataset/select/index-dataset'
import { loadRealDataset } from '../../test/dataset-fixture'
import { exportTheme } from '../../lib/export/export-theme'
import { parseSvgStrict } from '../../lib/export/svg-test-utils'
import { meetingFigure } from './meeting-svg'

describe('meetingFigure', () => {
  const d = loadRealDataset()
  const ix = indexDataset(d)
  const filter = { from: '2024-10-30', to: '2024-11-21', actor: null, issue: null, person: null }

  it('draws people as circles, meetings as lines and names as text', () => {
    const graph = selectGraph(d, filter)
    const fig = meetingFigure(graph, ix, exportTheme('light'))
    const parsed = parseSvgStrict(`<svg xmlns="http://www.w3.org/2000/svg">${fig.body}</svg>`)
    // One subpath per meeting edge, grouped into a path per line style and width.
    const subpaths = (fig.body.match(/M[\d.]+ [\d.]+L/g) ?? []).length
    expect(subpaths).toBe(graph.edges.length)
    expect(parsed.elements).toContain('path')
    expect(parsed.texts).toContain('Amos Hochstein')
    expect(parsed.texts).toContain('Benjamin Netanyahu')
    expect(parsed.texts).toContain('United States')
  })

  it('fits a filtered graph to the nodes it keeps, spread across the width or the height', () => {
    const narrow = selectGraph(d, { ...filter, from: '2024-11-21' })
    expect(narrow.nodes.length).toBeGreaterThan(1)
    const fig = meetingFigure(narrow, ix, exportTheme('light'))
    // The first circles are the nodes (the legend's come after); the two left on 21 Nov may sit one
    // above the other, so the fit shows in whichever dimension they differ most.
    const nodes = [...fig.body.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)]
      .slice(0, narrow.nodes.length)
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v)
    const xFill = spread(nodes.map((n) => n.x)) / fig.width
    const yFill = spread(nodes.map((n) => n.y)) / fig.height
    expect(Math.max(xFill, yFill)).toBeGreaterThan(0.75)
  })
})
