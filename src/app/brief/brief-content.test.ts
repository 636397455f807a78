import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import type { RecordSelection } from '../../dataset/select/record-filter'
import { briefContent, howKnown } from './brief-content'

const filters: RecordSelection = {
  from: '2024-10-30',
  to: '2024-11-21',
  actor: null,
  issue: null,
  person: null,
  sel: null,
}

describe('briefContent', () => {
  const d = loadRealDataset()
  const range = { from: '2024-10-30', to: '2024-11-21' }
  const c = briefContent(d, filters, [
    { sel: 'cell:israel:freedom-to-strike', ...range },
    { sel: 'meet-jerusalem-oct31', ...range },
    { sel: 'no-such-record', ...range },
  ])

  it('titles each pin in words and footnotes every quote into one numbered source list', () => {
    expect(c.pins.map((p) => p.title.slice(0, 10))).toEqual([
      'Israel on ',
      'The US env',
      'no-such-re',
    ])
    expect(c.pins[2]!.missing).toBe(true)
    const notes = c.pins.flatMap((p) => p.quotes.map((q) => q.note))
    expect(notes[0]).toBe(1)
    expect(c.sources.map((s) => s.number)).toEqual(c.sources.map((_, i) => i + 1))
    for (const n of notes) expect(c.sources.some((s) => s.number === n)).toBe(true)
  })

  it('gives the three views under the filter, each pointing at the sources it cites', () => {
    expect(c.views.map((v) => v.id)).toEqual(['matrix', 'casualties', 'meetings'])
    for (const v of c.views) {
      expect(v.notes.length).toBe(v.info.sources.length)
      expect(v.data.figure).toBeDefined()
    }
  })

  it('leaves out the views not chosen, and the sources only they cite', () => {
    const pins = [{ sel: 'cell:israel:freedom-to-strike', ...range }]
    const none = briefContent(d, filters, pins, [])
    expect(none.views).toEqual([])
    const pinNotes = new Set(none.pins.flatMap((p) => p.quotes.map((q) => q.note)))
    expect(none.sources.map((s) => s.number)).toEqual([...pinNotes].sort((a, b) => a - b))
    const all = briefContent(d, filters, pins)
    expect(all.sources.length).toBeGreaterThan(none.sources.length)
    expect(briefContent(d, filters, pins, ['meetings', 'matrix']).views.map((v) => v.id)).toEqual([
      'matrix',
      'meetings',
    ])
  })

  it('says how an article’s outlet and date are known', () => {
    const ft = c.sources.find((s) => s.outlet === 'Financial Times')!
    expect(howKnown(ft)).toMatch(
      /^outlet Financial Times \(Not named, .*; date inferred: No date line/,
    )
    expect(howKnown(ft)).not.toMatch(/\.\./)
  })
})
