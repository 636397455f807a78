import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { selectGraph } from '../../../dataset/select/graph'
import { baseEdges, graphPaint } from './graph-paint'
import { graphScene } from '../scene/graph-scene'
import { LIGHT as theme } from '../../../lib/theme'

const d = loadRealDataset()
const scene = graphScene(
  selectGraph(d, {
    from: d.derived.span.from,
    to: d.derived.span.to,
    actor: null,
    issue: null,
    person: null,
  }),
  indexDataset(d),
)
const drawable = scene.graph.edges
  .map((_, i) => i)
  .filter((i) => !Number.isNaN(scene.segments[i * 4]! + scene.segments[i * 4 + 2]!))
const indexes = (batches: { edges: Int32Array }[]) =>
  batches.flatMap((b) => [...b.edges]).sort((a, b) => a - b)

describe('edge batches', () => {
  it('hold every drawable edge once, by index into the scene segments', () => {
    expect(drawable.length).toBeGreaterThan(3)
    expect(indexes(baseEdges(scene, null, 1, theme))).toEqual(drawable)
  })

  it('move a selected edge from the base layer to the top, in the selection colour', () => {
    const edge = scene.graph.edges[drawable[0]!]!
    const sel = `edge:${edge.id}`
    const base = baseEdges(scene, sel, 1, theme)
    expect(indexes(base)).toEqual(drawable.slice(1))
    const paint = graphPaint(scene, {
      sel,
      active: null,
      labels: [],
      unit: 1,
      nodeScale: 1,
      theme,
      base,
    })
    expect(paint.top.map((b) => [b.colour, [...b.edges]])).toEqual([[theme.accent, [drawable[0]]]])
    expect(paint.segments).toBe(scene.segments)
  })

  it('paint every node once, dimming all but the hovered node and its neighbours', () => {
    const hub = scene.graph.nodes.reduce((a, b) =>
      (scene.adjacency.neighbours.get(a.id)?.length ?? 0) >=
      (scene.adjacency.neighbours.get(b.id)?.length ?? 0)
        ? a
        : b,
    )
    const near = new Set([hub.id, ...(scene.adjacency.neighbours.get(hub.id) ?? [])])
    const base = baseEdges(scene, null, 1, theme)
    const paint = graphPaint(scene, {
      sel: null,
      active: { kind: 'node', id: hub.id, keyboard: false },
      labels: [],
      unit: 1,
      nodeScale: 1,
      theme,
      base,
    })
    expect(paint.nodes.map((n) => n.id).sort()).toEqual(scene.graph.nodes.map((n) => n.id).sort())
    for (const n of paint.nodes) expect(n.alpha).toBe(near.has(n.id) ? 1 : 0.2)
    expect(paint.baseAlpha).toBe(0.15)
  })
})
