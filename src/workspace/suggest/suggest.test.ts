import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveRelativeDates, suggestPublished } from './dates'
import { suggestFigures } from './figures'
import { suggestPeople } from './people'

const root = join(import.meta.dirname, '..', '..', '..')
const read = (p: string) => readFileSync(join(root, p), 'utf8')
const sources = JSON.parse(read('data/sources/sources.json')) as {
  id: string
  file: string
  published: { date: string }
}[]
const people = JSON.parse(read('data/annotations/people.json')) as {
  id: string
  name: string
  aliases: string[]
}[]
const article = (id: string) => {
  const s = sources.find((x) => x.id === id)!
  return { text: read(`data/sources/${s.file}`), published: s.published.date }
}
const ft = article('ft-hochstein-nov21')

describe('suggestPublished', () => {
  it('reads the date line of the two articles that have one', () => {
    expect(suggestPublished(article('blinken-progress-oct31').text)?.date).toBe('2024-10-31')
    expect(suggestPublished(article('unilateral-ceasefire-request-nov1').text)?.date).toBe(
      '2024-11-01',
    )
  })
  it('reads a full date in the opening lines', () => {
    expect(suggestPublished(article('netanyahu-security-oct31').text)).toMatchObject({
      date: '2024-10-31',
      phrase: 'on Thursday, October 31, 2024',
    })
  })
  it('offers nothing when the opening gives no full date (a later "October 7, 2023" is not one)', () => {
    expect(suggestPublished(ft.text)).toBeNull()
    expect(suggestPublished(article('channel12-strides-oct31').text)).toBeNull()
  })
})

describe('resolveRelativeDates', () => {
  it('resolves "on Wednesday" in the FT article to 20 Nov 2024', () => {
    const found = resolveRelativeDates(ft.text, ft.published)
    const wednesday = found.filter((d) => /^on Wednesday$/i.test(d.phrase))
    expect(wednesday.length).toBe(4)
    expect(new Set(wednesday.map((d) => d.date))).toEqual(new Set(['2024-11-20']))
    expect(found.find((d) => d.phrase === 'on Thursday')?.date).toBe('2024-11-21')
  })
  it('resolves "Yesterday" against an article of 31 Oct 2024', () => {
    const a = article('netanyahu-security-oct31')
    const found = resolveRelativeDates(a.text, a.published)
    expect(found.find((d) => d.phrase === 'Yesterday')?.date).toBe('2024-10-30')
  })
})

describe('suggestFigures', () => {
  it('finds the toll in the FT article, with the sentence as a ready quote', () => {
    const found = suggestFigures(ft.text)
    expect(found.map((f) => [f.value, f.metric])).toEqual([
      [3500, 'killed'],
      [120, 'killed'],
    ])
    expect(ft.text).toContain(found[0]!.sentence)
  })
  it('finds the Lebanese health ministry’s figure in the Channel 12 write-up', () => {
    const a = article('channel12-strides-oct31')
    const found = suggestFigures(a.text)
    const ministry = found.find((f) => f.sentence.includes('health ministry'))
    expect(ministry).toMatchObject({ value: 2800, metric: 'killed' })
  })
  it('finds a figure in every article that reports one, never a year', () => {
    for (const s of sources) {
      const found = suggestFigures(article(s.id).text)
      expect(found.every((f) => f.value < 1900 || f.value > 2100 || f.phrase.includes(','))).toBe(
        true,
      )
    }
  })
})

describe('suggestPeople', () => {
  it('recognises people the dataset knows and names it lacks', () => {
    const found = suggestPeople(ft.text, people)
    const known = found.filter((p) => p.person).map((p) => p.person)
    expect(known).toEqual(expect.arrayContaining(['hochstein', 'netanyahu']))
    for (const p of found) expect(ft.text.slice(p.start, p.start + p.name.length)).toBe(p.name)
  })
})
