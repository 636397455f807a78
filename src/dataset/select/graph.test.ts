import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test-fixture'
import { graphAdjacency, incidentEdges, neighbourhood, selectGraph } from './graph'

const d = loadRealDataset()
const all = {
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
      { id: 'a--b', source: 'a', target: 'b', meetings: ['m1'], inRange: ['m1'], weight: 1 },
      {
        id: 'a--c',
        source: 'a',
        target: 'c',
        meetings: ['m1', 'm2'],
        inRange: ['m1', 'm2'],
        weight: 2,
      },
    ]
    const small = graphAdjacency(edges)
    expect(small.meetingCount.get('a')).toBe(2)
    expect(small.neighbours.get('a')).toEqual(['b', 'c'])
    expect(small.edgeById.get('a--c')).toBe(edges[1])
    expect(incidentEdges(small, 'nobody')).toEqual([])
  })
})
