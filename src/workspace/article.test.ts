import { describe, expect, it } from 'vitest'
import {
  articleId,
  articleSource,
  checkArticle,
  MAX_ARTICLE_CHARS,
  type ArticleInput,
} from './article'

const good: ArticleInput = {
  title: 'Lebanon would accept a ceasefire',
  outlet: '',
  outletInferred: false,
  outletBasis: '',
  published: '2024-11-26',
  publishedInferred: false,
  publishedBasis: '',
  text: 'BEIRUT: Lebanon said it would accept a ceasefire.',
}
const fields = (input: Partial<ArticleInput>) =>
  checkArticle({ ...good, ...input }).map((p) => p.field)

describe('checkArticle', () => {
  it('accepts a plain article', () => expect(checkArticle(good)).toEqual([]))
  it('names the field of each bad input', () => {
    expect(fields({ text: '  ' })).toEqual(['Article text'])
    expect(fields({ text: 'x'.repeat(5_000_000) })).toEqual(['Article text'])
    expect(fields({ text: 'x'.repeat(MAX_ARTICLE_CHARS) })).toEqual([])
    expect(fields({ title: '<b onclick="x()">Big</b> news' })).toEqual(['Title'])
    expect(fields({ published: '2024-02-30' })).toEqual(['Published'])
    expect(fields({ publishedInferred: true })).toEqual(['Published basis'])
  })
  it('says how big a huge text is', () => {
    expect(checkArticle({ ...good, text: 'x'.repeat(5_000_000) })[0]?.message).toMatch(
      /5\.0 million/,
    )
  })
})

describe('articleSource', () => {
  it('makes an unused id and a file name in the repository’s pattern', () => {
    expect(articleId('Lebanon would accept a ceasefire!', '2024-11-26', new Set())).toBe(
      'lebanon-would-accept-a-ceasefire-2024-11-26',
    )
    expect(articleId('X', '2024-11-26', new Set(['x-2024-11-26']))).toBe('x-2024-11-26-2')
    const s = articleSource(good, [], 'ab'.repeat(32))
    expect(s.file).toBe('000_abababababababab.txt')
    expect(s.outlet).toEqual({
      name: null,
      inferred: false,
      basis: 'The article does not name its outlet.',
    })
  })
})
