import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import type { RecordSelection } from './record-filter'
import { resolveSelection, selectionEvidence } from './selection'
import { filterVocabulary } from './index-dataset'
import { selectSourcePassages } from './source-passages'

const d = loadRealDataset()
const base: RecordSelection = {
  from: d.derived.span.from,
  to: d.derived.span.to,
  actor: null,
  issue: null,
  person: null,
  sel: null,
}

describe('resolveSelection', () => {
  it('resolves a record, a cell, an edge and a person', () => {
    expect(resolveSelection(d, { ...base, sel: 'cas-hostages-101' })?.kind).toBe('casualty')
    const cell = resolveSelection(d, { ...base, sel: 'cell:hezbollah:sovereignty' })
    expect(cell?.kind === 'cell' && cell.cell.history.map((p) => p.id)).toEqual([
      'pos-hezbollah-sovereignty-oct31',
      'pos-hezbollah-sovereignty-qassem-nov20',
    ])
    const edge = resolveSelection(d, { ...base, sel: 'edge:hochstein--netanyahu' })
    expect(edge?.kind === 'edge' && edge.labels).toEqual(['Amos Hochstein', 'Benjamin Netanyahu'])
    const person = resolveSelection(d, { ...base, person: 'qassem' })
    expect(person?.kind === 'person' && person.positions.length).toBe(4)
    expect(selectionEvidence(person!).length).toBeGreaterThan(3)
  })

  it('returns null when nothing is selected', () => {
    expect(resolveSelection(d, base)).toBeNull()
  })
})

describe('filterVocabulary', () => {
  it('accepts existing selections only', () => {
    const v = filterVocabulary(d)
    expect(
      [
        'pos-us-unilateral-request',
        'cell:us:ceasefire',
        'edge:hochstein--netanyahu',
        'node:burns',
      ].map(v.isSelectable),
    ).toEqual([true, true, true, true])
    expect(
      ['cell:us:nope', 'edge:a--b', 'pos-x', 'israel', 'pos-us-unilateral-request:x'].map(
        v.isSelectable,
      ),
    ).toEqual([false, false, false, false, false])
  })

  it('is built once per dataset, since every component reading the filters asks for it', () => {
    expect(filterVocabulary(d)).toBe(filterVocabulary(d))
    const other = { ...d, actors: d.actors.slice(1) }
    expect(filterVocabulary(other)).not.toBe(filterVocabulary(d))
    expect(filterVocabulary(other).actors.has(d.actors[0]!.id)).toBe(false)
  })
})

describe('selectSourcePassages', () => {
  it('splits the article into runs that rebuild it exactly, marking every cited passage', () => {
    const source = d.sources.find((s) => s.id === 'netanyahu-security-oct31')!
    const { passages, segments } = selectSourcePassages(d, source.id)
    expect(segments.map((s) => s.text).join('')).toBe(source.text)
    const hostages = passages.find((p) => p.quote.includes('101 hostages'))!
    expect(hostages.records.map((r) => r.id)).toEqual(
      expect.arrayContaining(['pos-israel-hostages-gallant-oct31', 'cas-hostages-101']),
    )
    expect(segments.some((s) => s.citations.length > 1)).toBe(true)
  })
})
