import { describe, expect, it } from 'vitest'
import { parseFilters, serializeFilters, type FilterVocabulary } from './filters'

const vocab: FilterVocabulary = {
  span: { from: '2024-10-01', to: '2024-11-30' },
  actors: new Set(['israel', 'us']),
  issues: new Set(['ceasefire']),
  people: new Set(['hochstein']),
  isSelectable: (s) => s === 'pos-1' || s === 'cell:israel:ceasefire',
}
const parse = (query: string) => parseFilters(new URLSearchParams(query), vocab)

describe('parseFilters', () => {
  it('defaults to the whole span with nothing focused', () => {
    expect(parse('')).toEqual({
      filters: {
        from: '2024-10-01',
        to: '2024-11-30',
        actor: null,
        issue: null,
        person: null,
        sel: null,
        tables: [],
        dataset: null,
      },
      notices: [],
    })
  })

  it('keeps valid values', () => {
    const { filters, notices } = parse(
      'from=2024-10-30&to=2024-11-02&actor=us&issue=ceasefire&person=hochstein&sel=pos-1&tables=meetings,matrix',
    )
    expect(notices).toEqual([])
    expect(filters).toEqual({
      from: '2024-10-30',
      to: '2024-11-02',
      actor: 'us',
      issue: 'ceasefire',
      person: 'hochstein',
      sel: 'pos-1',
      tables: ['meetings', 'matrix'],
      dataset: null,
    })
  })

  it('drops an impossible date and an unknown actor with a notice each', () => {
    const { filters, notices } = parse('from=2024-02-30&actor=narnia')
    expect(filters.from).toBe('2024-10-01')
    expect(filters.actor).toBeNull()
    expect(notices).toEqual([
      'Ignored "from": "2024-02-30" is not a real date (YYYY-MM-DD).',
      'Ignored "actor": no actor "narnia" in this dataset.',
    ])
  })

  it('swaps a reversed range and says so', () => {
    const { filters, notices } = parse('from=2024-11-10&to=2024-10-31')
    expect([filters.from, filters.to]).toEqual(['2024-10-31', '2024-11-10'])
    expect(notices[0]).toContain('reversed')
  })

  it('ignores absurdly long values, unknown selections, unknown tables and unknown keys', () => {
    const { filters, notices } = parse(`issue=${'x'.repeat(5000)}&sel=nope&tables=matrix,pie&utm=1`)
    expect(filters.issue).toBeNull()
    expect(filters.sel).toBeNull()
    expect(filters.tables).toEqual(['matrix'])
    expect(notices).toEqual([
      'Ignored "issue": the value is 5000 characters long.',
      'Ignored "sel": nothing called "nope" in this dataset.',
      'Ignored table view "pie".',
      'Ignored unknown parameter "utm".',
    ])
  })

  it('reads the first of a repeated parameter and says the others were ignored', () => {
    const { filters, notices } = parse('from=2024-11-15&from=bogus&sel=nope')
    expect(filters.from).toBe('2024-11-15')
    expect(notices).toContain(
      'Ignored "bogus": the link gives "from" more than once; the first is used.',
    )
  })
})

describe('the dataset parameter', () => {
  it('accepts http(s) addresses, site paths and opened files, and refuses script URLs', () => {
    expect(parse('dataset=https://example.org/d.json').filters.dataset).toBe(
      'https://example.org/d.json',
    )
    expect(parse('dataset=/data/other.json').filters.dataset).toBe('/data/other.json')
    expect(parse('dataset=local:mine.json').filters.dataset).toBe('local:mine.json')
    const { filters, notices } = parse('dataset=javascript:alert(1)')
    expect(filters.dataset).toBeNull()
    expect(notices).toEqual([
      'Ignored "dataset": "javascript:alert(1)" is not an http(s) address or a path on this site.',
    ])
    expect(parse('dataset=//evil.example/x.json').filters.dataset).toBeNull()
  })
})

describe('serializeFilters', () => {
  it('round-trips and leaves out defaults', () => {
    const { filters } = parse('from=2024-10-30&actor=us&tables=meetings')
    const params = serializeFilters(filters, vocab.span)
    expect(params.toString()).toBe('from=2024-10-30&actor=us&tables=meetings')
    expect(parseFilters(params, vocab).filters).toEqual(filters)
  })
})
