import { describe, expect, it } from 'vitest'
import { filterSummary, formatRange } from './filter-summary'

const span = { from: '2023-10-07', to: '2024-11-21' }

describe('formatRange', () => {
  it('writes the year once when both ends share it', () => {
    expect(formatRange('2024-10-31', '2024-11-21')).toBe('31 Oct–21 Nov 2024')
  })
  it('writes both years across a new year, and one day once', () => {
    expect(formatRange('2023-10-07', '2024-11-21')).toBe('7 Oct 2023–21 Nov 2024')
    expect(formatRange('2024-11-21', '2024-11-21')).toBe('21 Nov 2024')
  })
})

describe('filterSummary', () => {
  it('says "all dates" for the whole span and nothing else', () => {
    expect(filterSummary({ ...span, span })).toBe('Filters: all dates')
  })
  it('names the range and each focus', () => {
    expect(
      filterSummary({
        from: '2024-10-31',
        to: '2024-11-21',
        span,
        actor: 'Israel',
        issue: 'Israel’s freedom to strike',
        person: 'Nabih Berri',
      }),
    ).toBe(
      'Filters: 31 Oct–21 Nov 2024, actor Israel, issue Israel’s freedom to strike, person Nabih Berri',
    )
  })
  it('names a focus inside the whole span, and cuts a very long name', () => {
    expect(filterSummary({ ...span, span, actor: 'x'.repeat(500) })).toBe(
      `Filters: all dates, actor ${'x'.repeat(29)}…`,
    )
  })
})
