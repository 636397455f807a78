import { describe, expect, it } from 'vitest'
import { heldExcept, parseUrlState, readDatasetParam, serializeUrlState } from './url-state'
import type { FilterVocabulary } from '../dataset/select/index-dataset'

const vocab: FilterVocabulary = {
  span: { from: '2024-10-01', to: '2024-11-30' },
  actors: new Set(['israel', 'us']),
  issues: new Set(['ceasefire']),
  people: new Set(['hochstein']),
  isSelectable: (s) => s === 'pos-1' || s === 'cell:israel:ceasefire',
}
const parse = (query: string) => parseUrlState(new URLSearchParams(query), vocab)

describe('parseUrlState', () => {
  it('defaults to the whole span with nothing focused', () => {
    expect(parse('')).toEqual({
      state: {
        from: '2024-10-01',
        to: '2024-11-30',
        actor: null,
        issue: null,
        person: null,
        sel: null,
        tables: [],
        q: null,
        dataset: null,
        tableQueries: {},
      },
      notices: [],
      version: null,
      held: {},
    })
  })

  it('keeps valid values', () => {
    const { state: filters, notices } = parse(
      'from=2024-10-30&to=2024-11-02&actor=us&issue=ceasefire&person=hochstein&sel=pos-1&tables=meetings,matrix&q=Litani',
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
      q: 'Litani',
      tableQueries: {},
    })
  })

  it('reads and writes every table sort and filter, dropping an unknown column with a notice', () => {
    const { state, notices } = parse(
      'matrix-sort=-date&matrix-find=actor:hez&meetings-find=Beirut&casualties-sort=colour',
    )
    expect(state.tableQueries).toEqual({
      matrix: { sort: { column: 'date', desc: true }, find: { column: 'actor', text: 'hez' } },
      meetings: { sort: null, find: { column: null, text: 'Beirut' } },
    })
    expect(notices).toEqual([
      'Ignored "casualties-sort": the casualties table has no column "colour".',
    ])
    expect(serializeUrlState(state, vocab.span).toString()).toBe(
      'matrix-sort=-date&matrix-find=actor%3Ahez&meetings-find=Beirut',
    )
  })

  it('says when a link was made with another dataset version, apart from the ignored parameters', () => {
    const versioned = { ...vocab, version: 'abc' }
    expect(parseUrlState(new URLSearchParams('v=abc'), versioned).version).toBeNull()
    const other = parseUrlState(new URLSearchParams('v=old'), versioned)
    expect(other.version).toEqual({ linked: 'old', open: 'abc' })
    // `v` was understood: it must not be listed among the parameters that were ignored.
    expect(other.notices).toEqual([])
  })

  it('drops an impossible date and an unknown actor with a notice each', () => {
    const { state: filters, notices } = parse('from=2024-02-30&actor=narnia')
    expect(filters.from).toBe('2024-10-01')
    expect(filters.actor).toBeNull()
    expect(notices).toEqual([
      'Ignored "from": "2024-02-30" is not a real date (YYYY-MM-DD).',
      'Ignored "actor": no actor "narnia" in this dataset.',
    ])
  })

  it('swaps a reversed range and says so', () => {
    const { state: filters, notices } = parse('from=2024-11-10&to=2024-10-31')
    expect([filters.from, filters.to]).toEqual(['2024-10-31', '2024-11-10'])
    expect(notices[0]).toContain('reversed')
  })

  it('ignores absurdly long values, unknown selections, unknown tables and unknown keys', () => {
    const { state: filters, notices } = parse(
      `issue=${'x'.repeat(5000)}&sel=nope&tables=matrix,pie&utm=1`,
    )
    expect(filters.issue).toBeNull()
    expect(filters.sel).toBeNull()
    expect(filters.tables).toEqual(['matrix'])
    expect(notices).toEqual([
      'Ignored "issue": the value is 5000 characters long.',
      'Ignored "sel": nothing called "nope" in this dataset.',
      'Ignored table view "pie": there is no such view (the views with a table are matrix, casualties, meetings).',
      'Ignored unknown parameter "utm".',
    ])
  })

  it('says what is wrong with each ignored table view: a repeat, or an unknown name', () => {
    const { state: filters, notices } = parse('tables=matrix,matrix,__proto__')
    expect(filters.tables).toEqual(['matrix'])
    expect(notices).toEqual([
      'Ignored table view "matrix": it is given more than once.',
      'Ignored table view "__proto__": there is no such view (the views with a table are matrix, casualties, meetings).',
    ])
  })

  it('reads the first of a repeated parameter and says the others were ignored', () => {
    const { state: filters, notices } = parse('from=2024-11-15&from=bogus&sel=nope')
    expect(filters.from).toBe('2024-11-15')
    expect(notices).toContain(
      'Ignored "bogus": the link gives "from" more than once; the first is used.',
    )
  })
})

describe('the dataset parameter', () => {
  it('accepts http(s) addresses, site paths and opened files, and refuses script URLs', () => {
    expect(parse('dataset=https://example.org/d.json').state.dataset).toBe(
      'https://example.org/d.json',
    )
    expect(parse('dataset=/data/other.json').state.dataset).toBe('/data/other.json')
    expect(parse('dataset=local:mine.json').state.dataset).toBe('local:mine.json')
    const { state: filters, notices } = parse('dataset=javascript:alert(1)')
    expect(filters.dataset).toBeNull()
    expect(notices).toEqual([
      'Ignored "dataset": "javascript:alert(1)" is not an http(s) address or a path on this site.',
    ])
    expect(parse('dataset=//evil.example/x.json').state.dataset).toBeNull()
  })

  it('is read by the one rule the loader also uses, length limit included', () => {
    const long = `https://example.org/${'d'.repeat(2000)}.json`
    const params = new URLSearchParams({ dataset: long })
    expect(readDatasetParam(params)).toEqual({
      dataset: null,
      notices: [`Ignored "dataset": the value is ${long.length} characters long.`],
    })
    expect(parseUrlState(params, vocab).state.dataset).toBeNull()
    const ok = new URLSearchParams({ dataset: '/data/other.json' })
    expect(readDatasetParam(ok)).toEqual({ dataset: '/data/other.json', notices: [] })
  })
})

describe('serializeUrlState', () => {
  it('round-trips and leaves out defaults', () => {
    const { state: filters } = parse('from=2024-10-30&actor=us&tables=meetings')
    const params = serializeUrlState(filters, vocab.span)
    expect(params.toString()).toBe('from=2024-10-30&actor=us&tables=meetings')
    expect(parseUrlState(params, vocab).state).toEqual(filters)
  })
})

describe('while the dataset the URL names is arriving', () => {
  const query = 'dataset=/x.json&from=2024-10-01&actor=hizbullah&person=ghost&sel=only-there&v=abc'
  const pending = parseUrlState(
    new URLSearchParams(query),
    { ...vocab, version: 'v1' },
    {
      pending: true,
    },
  )

  it('holds what names its records instead of checking it against the dataset on screen', () => {
    expect(pending.notices).toEqual([])
    expect(pending.version).toBeNull()
    expect(pending.state).toMatchObject({ actor: null, person: null, sel: null })
    expect(pending.held).toEqual({
      from: '2024-10-01',
      actor: 'hizbullah',
      person: 'ghost',
      sel: 'only-there',
    })
  })

  it('writes the held parameters back with any change, unless the change sets them', () => {
    const change = { tables: ['matrix' as const], person: 'hochstein' }
    const params = serializeUrlState(
      { ...pending.state, ...change },
      vocab.span,
      heldExcept(pending.held, change),
    )
    expect(Object.fromEntries(params)).toEqual({
      from: '2024-10-01',
      actor: 'hizbullah',
      person: 'hochstein',
      sel: 'only-there',
      tables: 'matrix',
      dataset: '/x.json',
    })
  })

  it('still refuses what no dataset could mean', () => {
    const { notices, held } = parseUrlState(
      new URLSearchParams('dataset=/x.json&from=soon&tables=pie'),
      vocab,
      { pending: true },
    )
    expect(held).toEqual({})
    expect(notices).toHaveLength(2)
  })
})
