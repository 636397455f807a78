import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test-fixture'
import { neighbourhood, selectGraph } from './graph'

const d = loadRealDataset()
const all = { from: d.derived.span.from, to: d.derived.span.to, actor: null, issue: null, person: null }

describe('selectGraph', () => {
  it('links delegations across sides, never colleagues on one side', () => {
    const g = selectGraph(d, all)
    const ids = new Set(g.edges.map((e) => e.id))
    expect(ids.has('hochstein--netanyahu')).toBe(true)
    expect(ids.has('dermer--netanyahu')).toBe(false)
    expect(ids.has('hochstein--mcgurk')).toBe(false)
  })

  it('weights an edge by the meetings behind it in range', () => {
    const edge = (from: string, to: string) => selectGraph(d, { ...all, from, to }).edges.find((e) => e.id === 'hochstein--netanyahu')
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
    expect([...neighbourhood(g.edges, 'burns')].sort()).toEqual(['body-other-officials-in-cairo-egypt', 'burns', 'el-sisi'])
  })
})
