import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { selectGraph } from '../../../dataset/select/graph'
import {
  dashArray,
  edgeIsSelected,
  edgeLabel,
  edgeLineStyle,
  edgeStatus,
  edgeWidth,
  labelSide,
  legendEntries,
  participantName,
  shortLabel,
  sideText,
} from './graph-model'

const d = loadRealDataset()
const ix = indexDataset(d)
const all = {
  from: d.derived.span.from,
  to: d.derived.span.to,
  actor: null,
  issue: null,
  person: null,
}

describe('edge style', () => {
  it('is solid when any meeting was held, dotted for contact only, dashed otherwise', () => {
    expect(edgeLineStyle(['held', 'planned'])).toBe('solid')
    expect(edgeLineStyle(['planned'])).toBe('dashed')
    expect(edgeLineStyle(['contact', 'contact'])).toBe('dotted')
    expect(edgeLineStyle(['contact', 'planned'])).toBe('dashed')
    // A channel through an intermediary is drawn apart, unless a direct contact shares the link.
    expect(edgeLineStyle(['indirect'])).toBe('indirect')
    expect(edgeLineStyle(['indirect', 'contact'])).toBe('dotted')
    expect(edgeLineStyle(['indirect', 'held'])).toBe('solid')
    expect(edgeStatus({ status: 'contact', via: { person: 'berri' } })).toBe('indirect')
    expect(dashArray('indirect', 1)).toBe('8 3 1.5 3')
    expect(dashArray('solid', 1)).toBeUndefined()
    expect(dashArray('dashed', 2)).toBe('16 10')
  })

  it('thickens with more meetings', () => {
    expect(edgeWidth(1)).toBe(1.5)
    expect(edgeWidth(2)).toBeGreaterThan(edgeWidth(1))
  })

  it('draws the Hochstein–Netanyahu edge dashed when only the planned meeting is in range', () => {
    const g = selectGraph(d, { ...all, from: '2024-11-21', to: '2024-11-21' })
    const edge = g.edges.find((e) => e.id === 'hochstein--netanyahu')!
    expect(edgeLineStyle(edge.inRange.map((id) => ix.meetings.get(id)!.status))).toBe('dashed')
  })
})

describe('naming', () => {
  const label = (id: string) => d.derived.graph.nodes.find((n) => n.id === id)?.label ?? id

  it('labels an edge with both names and its meeting count', () => {
    const edge = selectGraph(d, all).edges.find((e) => e.id === 'hochstein--netanyahu')!
    expect(edgeLabel(edge, label)).toBe('Amos Hochstein – Benjamin Netanyahu: 2 meetings')
    expect(edgeLabel({ ...edge, weight: 1 }, label)).toMatch(/: 1 meeting$/)
  })

  it('names people and bodies, and sides by affiliation', () => {
    const m = ix.meetings.get('meet-cairo-oct31')!
    expect(participantName({ person: 'burns' }, ix)).toBe('William J. Burns')
    expect(participantName({ body: 'other officials in Cairo' }, ix)).toBe(
      'other officials in Cairo',
    )
    expect(sideText(m.sides[0]!, ix)).toBe('United States: William J. Burns')
    expect(sideText(m.sides[1]!, ix)).toBe('Egypt: Abdel Fattah el-Sisi, other officials in Cairo')
  })

  it('shortens labels to surnames when compact', () => {
    expect(shortLabel({ label: 'William J. Burns', kind: 'person' }, true)).toBe('Burns')
    expect(shortLabel({ label: 'William J. Burns', kind: 'person' }, false)).toBe(
      'William J. Burns',
    )
    expect(shortLabel({ label: 'other senior Israeli officials', kind: 'body' }, true)).toBe(
      'other senior Isra…',
    )
  })
})

describe('legend and selection', () => {
  it('lists the affiliations present, in dataset order', () => {
    const g = selectGraph(d, { ...all, from: '2024-11-20', to: '2024-11-21' })
    expect(legendEntries(g.nodes, d.actors).map((e) => e.name)).toEqual([
      'Israel',
      'Hezbollah',
      'Lebanese government',
      'United States',
    ])
    expect(legendEntries([{ actor: null }], d.actors)).toEqual([
      { id: null, name: 'No affiliation' },
    ])
  })

  it('selects an edge by its id or by a meeting behind it', () => {
    const edge = { id: 'dermer--hochstein', inRange: ['meet-jerusalem-oct31'] }
    expect(edgeIsSelected(edge, 'edge:dermer--hochstein')).toBe(true)
    expect(edgeIsSelected(edge, 'meet-jerusalem-oct31')).toBe(true)
    expect(edgeIsSelected(edge, 'node:dermer')).toBe(false)
    expect(edgeIsSelected(edge, null)).toBe(false)
  })
})

describe('labelSide', () => {
  it('puts the label away from the neighbours', () => {
    const o = { x: 100, y: 100 }
    expect(labelSide(o, [{ x: 100, y: 200 }])).toBe('above')
    expect(labelSide(o, [{ x: 120, y: 0 }])).toBe('below')
    expect(labelSide(o, [{ x: 300, y: 110 }])).toBe('left')
    expect(labelSide(o, [{ x: 0, y: 90 }])).toBe('right')
    expect(labelSide(o, [])).toBe('below')
  })

  it('labels the Israeli delegation above its nodes, since its edges run down to the envoys', () => {
    const g = selectGraph(d, all)
    const at = (id: string) => g.nodes.find((n) => n.id === id)!
    const side = (id: string) =>
      labelSide(
        at(id),
        g.edges
          .filter((e) => e.source === id || e.target === id)
          .map((e) => at(e.source === id ? e.target : e.source)),
      )
    expect(side('dermer')).toBe('above')
    expect(side('hochstein')).toBe('below')
  })
})
