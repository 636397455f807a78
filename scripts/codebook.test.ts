import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const sources = JSON.parse(readFileSync(join(root, 'data/sources/sources.json'), 'utf8')) as {
  id: string
  file: string
}[]
const texts = new Map(
  sources.map((s) => [s.id, readFileSync(join(root, 'data/sources', s.file), 'utf8')]),
)
const inSomeArticle = (quote: string) => [...texts.values()].some((t) => t.includes(quote))

describe('the codebook', () => {
  it('quotes every worked example verbatim from an article', () => {
    const md = readFileSync(join(root, 'docs/codebook.md'), 'utf8')
    // «…» marks an example quote; Markdown wraps long ones, so a line break and its indent is a space.
    const quotes = [...md.matchAll(/«([^»]+)»/g)].map((m) => m[1]!.replace(/\s*\n\s*/g, ' '))
    expect(quotes.length).toBeGreaterThan(40)
    expect(quotes.filter((q) => !inSomeArticle(q))).toEqual([])
  })
})

describe('the second coding kept in the repository', () => {
  const file = join(root, 'data/coding/second-coder-positions.json')
  it('quotes each passage verbatim from the article it names', () => {
    expect(existsSync(file)).toBe(true)
    const entries = JSON.parse(readFileSync(file, 'utf8')) as { source: string; quote: string }[]
    expect(entries.length).toBeGreaterThan(0)
    const wrong = entries.filter((e) => !texts.get(e.source)?.includes(e.quote))
    expect(wrong).toEqual([])
  })
})
