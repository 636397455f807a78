import { describe, expect, it } from 'vitest'
import { checkQuote, uniqueQuote } from './quote-check'

const text = 'The army will deploy. Israel said the army will deploy only after a truce.'

describe('checkQuote', () => {
  it('accepts an exact substring and says where it is', () => {
    expect(checkQuote('Israel said', text)).toEqual({ kind: 'verbatim', start: 22 })
  })
  it('asks which occurrence when the quote appears twice', () => {
    expect(checkQuote('the army will deploy', text.toLowerCase())).toEqual({
      kind: 'ambiguous',
      starts: [0, 34],
    })
  })
  it('refuses a near miss and shows the closest passage, from the build’s own code', () => {
    const check = checkQuote('Israel says the army', text)
    expect(check.kind).toBe('not-verbatim')
    if (check.kind === 'not-verbatim') {
      expect(check.closest?.passage).toBe('Israel said the army')
      expect(check.closest?.firstDifference).toBe(9)
    }
  })
  it('treats markup as text: it is verbatim only if the article holds it', () => {
    expect(checkQuote('<script>alert(1)</script>', text).kind).toBe('not-verbatim')
  })
})

describe('uniqueQuote', () => {
  it('grows a repeated passage until it names one occurrence', () => {
    const t = text.toLowerCase()
    expect(uniqueQuote(t, 34, 34 + 'the army will deploy'.length)).toBe(
      'said the army will deploy only',
    )
    expect(uniqueQuote(t, 0, 'the army will deploy'.length)).toBe('the army will deploy.')
  })
})
