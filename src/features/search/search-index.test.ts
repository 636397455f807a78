import { describe, expect, it } from 'vitest'
import { searchDocuments } from '../../dataset/select/search-documents'
import { loadRealDataset } from '../../test/dataset-fixture'
import { groupHits } from './group-hits'
import { highlightParts } from './highlight'
import { buildSearchIndex, querySearchIndex } from './search-index'

const d = loadRealDataset()
const docs = searchDocuments(d)
const byId = new Map(docs.map((x) => [x.id, x]))
const index = buildSearchIndex(docs)

describe('search', () => {
  it('finds Berri under his name and his other spelling, and the sentence quoting him', () => {
    const hits = querySearchIndex(index, 'Berri')
    expect(hits[0]?.id).toBe('person:berri')
    expect(byId.get('person:berri')!.title).toContain('Nabiah Bari')
    const groups = groupHits(hits, byId)
    const sentences = groups.find((g) => g.kind === 'sentence')!
    expect(sentences.results.map((r) => r.doc.text).join(' ')).toContain('Berri told')
  })
  it('finds "Litani" in the FT article, the hit leading to that sentence', () => {
    const hit = querySearchIndex(index, 'Litani')
      .map((h) => byId.get(h.id)!)
      .find((x) => x.kind === 'sentence')!
    expect(hit.path).toBe('/sources/ft-hochstein-nov21')
    const [start, end] = hit.hash!.slice(3).split('-').map(Number)
    const text = d.sources.find((s) => s.id === 'ft-hochstein-nov21')!.text
    expect(text.slice(start, end)).toBe(hit.text)
    expect(hit.text).toContain('Litani')
  })
  it('marks whole matched words only, case and curly apostrophes aside', () => {
    expect(highlightParts('Hezbollah’s Litani river, litanies', ['litani', 'hezbollahs'])).toEqual([
      { text: 'Hezbollah’s', hit: true },
      { text: ' ', hit: false },
      { text: 'Litani', hit: true },
      { text: ' river, litanies', hit: false },
    ])
  })
  it('gives nothing for an empty query', () => {
    expect(querySearchIndex(index, '   ')).toEqual([])
  })
})
