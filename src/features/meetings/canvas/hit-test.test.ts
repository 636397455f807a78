import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildHitIndex,
  cellsOnSegment,
  hitTest,
  segmentDistance,
  type Hit,
  type HitEdge,
  type HitNode,
} from './hit-test'

/** The same rule by scanning everything: nearest node, else nearest edge. */
function scan(
  nodes: HitNode[],
  edges: HitEdge[],
  x: number,
  y: number,
  nodeRadius: number,
  edgeTolerance: number,
): Hit | null {
  let best: { id: string; d: number } | null = null
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y)
    if (d <= nodeRadius && (!best || d < best.d)) best = { id: n.id, d }
  }
  if (best) return { kind: 'node', id: best.id }
  for (const e of edges) {
    const d = segmentDistance(e, x, y)
    if (d <= edgeTolerance && (!best || d < best.d)) best = { id: e.id, d }
  }
  return best ? { kind: 'edge', id: best.id } : null
}

const coord = fc.integer({ min: -50, max: 550 }).map((v) => v / 1.7)

describe('hitTest', () => {
  const nodes = [
    { id: 'a', x: 100, y: 100 },
    { id: 'b', x: 300, y: 100 },
    { id: 'c', x: 300, y: 300 },
  ]
  const edges = [
    { id: 'a--b', x1: 100, y1: 100, x2: 300, y2: 100 },
    { id: 'b--c', x1: 300, y1: 100, x2: 300, y2: 300 },
  ]
  const index = buildHitIndex(nodes, edges, 20)
  const at = (x: number, y: number) => hitTest(index, x, y, { nodeRadius: 10, edgeTolerance: 4 })

  it('finds the nearest node within its radius', () => {
    expect(at(104, 97)).toEqual({ kind: 'node', id: 'a' })
    expect(at(296, 295)).toEqual({ kind: 'node', id: 'c' })
  })

  it('prefers a node to the edges that end at it', () => {
    expect(at(292, 100)).toEqual({ kind: 'node', id: 'b' })
  })

  it('falls back to the nearest edge within a few units, else nothing', () => {
    expect(at(200, 103)).toEqual({ kind: 'edge', id: 'a--b' })
    expect(at(302, 200)).toEqual({ kind: 'edge', id: 'b--c' })
    expect(at(200, 110)).toBeNull()
    expect(at(200, 200)).toBeNull()
  })

  it('treats a label box as part of its node, beneath the edges', () => {
    const labels = [{ id: 'a', box: { x0: 80, y0: 112, x1: 120, y1: 124 } }]
    const hit = (x: number, y: number) =>
      hitTest(index, x, y, { nodeRadius: 10, edgeTolerance: 4, labels })
    expect(hit(118, 120)).toEqual({ kind: 'node', id: 'a' })
    expect(hit(130, 120)).toBeNull()
    const over = [{ id: 'c', box: { x0: 190, y0: 95, x1: 230, y1: 107 } }]
    expect(hitTest(index, 200, 102, { nodeRadius: 10, edgeTolerance: 4, labels: over })).toEqual({
      kind: 'edge',
      id: 'a--b',
    })
    expect(hitTest(index, 200, 106, { nodeRadius: 10, edgeTolerance: 4, labels: over })).toEqual({
      kind: 'node',
      id: 'c',
    })
  })

  it('agrees with a scan of every node and edge, at any grid size', () => {
    const node = fc.record({ x: coord, y: coord })
    const edge = fc.record({ x1: coord, y1: coord, x2: coord, y2: coord })
    fc.assert(
      fc.property(
        fc.array(node, { maxLength: 30 }),
        fc.array(edge, { maxLength: 30 }),
        fc.array(fc.record({ x: coord, y: coord }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(5, 20, 64),
        fc.constantFrom(3, 9, 30),
        (rawNodes, rawEdges, points, cell, radius) => {
          const ns = rawNodes.map((n, i) => ({ ...n, id: `n${i}` }))
          const es = rawEdges.map((e, i) => ({ ...e, id: `e${i}` }))
          const ix = buildHitIndex(ns, es, cell)
          for (const p of points) {
            const options = { nodeRadius: radius, edgeTolerance: radius / 2 }
            expect(hitTest(ix, p.x, p.y, options)).toEqual(
              scan(ns, es, p.x, p.y, options.nodeRadius, options.edgeTolerance),
            )
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('cellsOnSegment', () => {
  it('visits every cell a segment crosses, once, in order', () => {
    const cells: string[] = []
    cellsOnSegment({ id: 'e', x1: 5, y1: 5, x2: 35, y2: 25 }, 10, (cx, cy) =>
      cells.push(`${cx},${cy}`),
    )
    expect(cells).toEqual(['0,0', '1,0', '1,1', '2,1', '2,2', '3,2'])
  })

  it('walks leftward and upward as well, and handles a point', () => {
    const cells: string[] = []
    cellsOnSegment({ id: 'e', x1: -5, y1: 15, x2: -25, y2: -5 }, 10, (cx, cy) =>
      cells.push(`${cx},${cy}`),
    )
    expect(cells[0]).toBe('-1,1')
    expect(cells[cells.length - 1]).toBe('-3,-1')
    const one: string[] = []
    cellsOnSegment({ id: 'p', x1: 3, y1: 3, x2: 3, y2: 3 }, 10, (cx, cy) => one.push(`${cx},${cy}`))
    expect(one).toEqual(['0,0'])
  })
})
