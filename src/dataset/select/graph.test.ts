import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateAnnotations } from '../../../scripts/synthetic'
import { addDays } from '../../lib/dates'
import { deriveViews } from '../derive'
import type { LoadedDataset } from '../dataset-schema'
import { loadRealDataset } from '../../test/dataset-fixture'
import { neighbourhood, selectGraph } from './graph'
import type { RecordFilter } from './record-filter'
import { edgeSegments, graphAdjacency, incidentEdges } from './graph-adjacency'
import { countAtMost, dayNumber } from './graph-index'
import { overlaps } from './index-dataset'

const d = loadRealDataset()
const all: RecordFilter = {
  from: d.derived.span.from,
  to: d.derived.span.to,
  actor: null,
  issue: null,
  person: null,
}

describe('selectGraph', () => {
  it('links delegations across sides, never colleagues on one side', () => {
    const g = selectGraph(d, all)
    const ids = new Set(g.edges.map((e) => e.id))
    expect(ids.has('hochstein--netanyahu')).toBe(true)
    expect(ids.has('dermer--netanyahu')).toBe(false)
    expect(ids.has('hochstein--mcgurk')).toBe(false)
  })

  it('weights an edge by the meetings behind it in range', () => {
    const edge = (from: string, to: string) =>
      selectGraph(d, { ...all, from, to }).edges.find((e) => e.id === 'hochstein--netanyahu')
    expect(edge('2023-10-01', '2024-12-31')?.weight).toBe(2)
    expect(edge('2024-10-31', '2024-10-31')?.inRange).toEqual(['meet-jerusalem-oct31'])
  })

  it('drops people with no meeting in range', () => {
    const g = selectGraph(d, { ...all, from: '2024-11-20', to: '2024-11-21' })
    const people = g.nodes.map((n) => n.id)
    expect(people).toContain('dermer')
    expect(people).not.toContain('burns')
    expect(people).not.toContain('mcgurk')
  })

  it('narrows to meetings on the focused issue and marks the focused actor', () => {
    const g = selectGraph(d, { ...all, issue: 'unilateral-ceasefire', actor: 'us' })
    expect(g.meetings.map((m) => m.id)).toEqual(['contact-hochstein-mikati-oct'])
    expect(g.nodes.filter((n) => n.focused).map((n) => n.id)).toEqual(['hochstein'])
  })

  it('finds a node and its neighbours', () => {
    const g = selectGraph(d, all)
    expect([...neighbourhood(g.edges, 'burns')].sort()).toEqual([
      'body-other-officials-in-cairo-egypt',
      'burns',
      'el-sisi',
    ])
  })
})

describe('selectGraph memoisation', () => {
  it('returns the same view for the same filter fields, whatever else changed', () => {
    const a = selectGraph(d, all)
    const b = selectGraph(d, { ...all, sel: 'edge:x', tables: ['meetings'] } as typeof all)
    expect(b).toBe(a)
  })

  it('keeps edges and meetings when only the actor or person changes', () => {
    const a = selectGraph(d, all)
    const b = selectGraph(d, { ...all, actor: 'us', person: 'dermer' })
    expect(b).not.toBe(a)
    expect(b.edges).toBe(a.edges)
    expect(b.meetings).toBe(a.meetings)
    expect(b.nodes.find((n) => n.id === 'dermer')?.selected).toBe(true)
    expect(a.nodes.find((n) => n.id === 'dermer')?.selected).toBe(false)
  })

  it('recomputes when the range changes, with meetings sorted by date then id', () => {
    const a = selectGraph(d, all)
    const b = selectGraph(d, { ...all, from: '2024-11-01' })
    expect(b.edges).not.toBe(a.edges)
    const keys = b.meetings.map((m) => `${m.when.date} ${m.id}`)
    expect(keys).toEqual([...keys].sort((x, y) => x.localeCompare(y)))
    expect(b.meetings.every((m) => (m.when.until ?? m.when.date) >= '2024-11-01')).toBe(true)
  })
})

describe('graphAdjacency', () => {
  const g = selectGraph(d, all)
  const adj = graphAdjacency(g.edges)

  it('is built once per edge array', () => {
    expect(graphAdjacency(g.edges)).toBe(adj)
  })

  it('agrees with a scan of every edge for every node', () => {
    for (const n of g.nodes) {
      const touching = g.edges.filter((e) => e.source === n.id || e.target === n.id)
      expect(incidentEdges(adj, n.id)).toEqual(touching)
      expect(new Set(adj.neighbours.get(n.id))).toEqual(
        new Set([...neighbourhood(g.edges, n.id)].filter((id) => id !== n.id)),
      )
      expect(adj.meetingCount.get(n.id)).toBe(new Set(touching.flatMap((e) => e.inRange)).size)
    }
  })

  it('counts a meeting shared by two edges of one node once', () => {
    const edges = [
      {
        id: 'a--b',
        source: 'a',
        target: 'b',
        meetings: ['m1'],
        inRange: ['m1'],
        weight: 1,
        indirect: false,
      },
      {
        id: 'a--c',
        source: 'a',
        target: 'c',
        meetings: ['m1', 'm2'],
        inRange: ['m1', 'm2'],
        weight: 2,
        indirect: false,
      },
    ]
    const small = graphAdjacency(edges)
    expect(small.meetingCount.get('a')).toBe(2)
    expect(small.neighbours.get('a')).toEqual(['b', 'c'])
    expect(small.edgeById.get('a--c')).toBe(edges[1])
    expect(incidentEdges(small, 'nobody')).toEqual([])
  })
})

/** The selector as first written, scanning everything: the reference for the indexed one. */
function selectByScan(ds: LoadedDataset, f: RecordFilter) {
  const meetings = ds.meetings
    .filter((m) => overlaps(m.when, f.from, f.to) && (!f.issue || m.issues.includes(f.issue)))
    .sort((a, b) => a.when.date.localeCompare(b.when.date) || a.id.localeCompare(b.id))
  const keep = new Set(meetings.map((m) => m.id))
  const edges = ds.derived.graph.edges
    .map((e) => ({ id: e.id, inRange: e.meetings.filter((id) => keep.has(id)) }))
    .filter((e) => e.inRange.length > 0)
  const present = new Set(
    edges.flatMap((e) => {
      const edge = ds.derived.graph.edges.find((x) => x.id === e.id)!
      return [edge.source, edge.target]
    }),
  )
  return {
    nodes: ds.derived.graph.nodes.filter((n) => present.has(n.id)).map((n) => n.id),
    edges: edges.map((e) => ({ ...e, weight: e.inRange.length })),
    meetings: meetings.map((m) => m.id),
  }
}

function syntheticDataset(scale: number, seed: number): LoadedDataset {
  const { annotations, texts } = generateAnnotations(scale, seed)
  return {
    ...annotations,
    schemaVersion: 2,
    version: `synthetic-${scale}-${seed}`,
    builtAt: null,
    sources: annotations.sources.map((s) => ({ ...s, text: texts.get(s.id)! })),
    derived: deriveViews(annotations),
    provenance: { kind: 'file', origin: 'synthetic.json', hash: 'test' },
  }
}

describe('selectGraph against a scan of every record', () => {
  const datasets = [d, syntheticDataset(0.5, 3)]
  const day = fc.integer({ min: 0, max: 420 }).map((n) => addDays('2023-10-01', n))

  it('keeps the same nodes, edges, weights, meetings and adjacency for any range and issue', () => {
    for (const ds of datasets) {
      const issues = [null, ...ds.issues.map((i) => i.id)]
      fc.assert(
        fc.property(day, day, fc.constantFrom(...issues), (a, b, issue) => {
          const f = { ...all, from: a < b ? a : b, to: a < b ? b : a, issue }
          const g = selectGraph(ds, f)
          const want = selectByScan(ds, f)
          expect(g.nodes.map((n) => n.id)).toEqual(want.nodes)
          expect(g.edges.map((e) => ({ id: e.id, inRange: e.inRange, weight: e.weight }))).toEqual(
            want.edges,
          )
          expect(g.meetings.map((m) => m.id)).toEqual(want.meetings)
          // The indexed adjacency (from the selector) matches the general one (from a copy).
          const fast = graphAdjacency(g.edges)
          const slow = graphAdjacency([...g.edges])
          expect(fast).not.toBe(slow)
          expect(fast.incident).toEqual(slow.incident)
          expect(fast.neighbours).toEqual(slow.neighbours)
          expect(fast.meetingCount).toEqual(slow.meetingCount)
          expect(fast.edgeById).toEqual(slow.edgeById)
        }),
        { numRuns: 60 },
      )
    }
  })
})

describe('graphIndex helpers', () => {
  it('numbers days in date order', () => {
    expect(dayNumber('2024-10-31')).toBe(20241031)
    expect(dayNumber('2023-12-31')).toBeLessThan(dayNumber('2024-01-01'))
  })

  it('counts the entries at most a value in a sorted array', () => {
    const sorted = Int32Array.from([1, 3, 3, 5, 9])
    expect([0, 1, 3, 4, 9, 10].map((v) => countAtMost(sorted, v))).toEqual([0, 1, 3, 3, 5, 5])
    expect(countAtMost(new Int32Array(0), 5)).toBe(0)
  })
})

describe('edgeSegments', () => {
  it('gives each edge its end points, from the index or from the nodes', () => {
    const g = selectGraph(d, all)
    const byId = new Map(g.nodes.map((n) => [n.id, n]))
    const fast = edgeSegments(g.edges, byId)
    const slow = edgeSegments([...g.edges], byId)
    expect(fast).toEqual(slow)
    const i = g.edges.findIndex((e) => e.id === 'hochstein--netanyahu')
    const [s, t] = [byId.get('hochstein')!, byId.get('netanyahu')!]
    expect([...fast.subarray(i * 4, i * 4 + 4)]).toEqual([s.x, s.y, t.x, t.y])
  })
})
