import { describe, expect, it } from 'vitest'
import type { LoadedDataset } from '../../dataset/dataset-schema'
import { searchDocuments } from '../../dataset/select/search-documents'
import { loadRealDataset } from '../../test/dataset-fixture'
import { makeEntry } from '../../workspace/entries'
import { testEntries } from '../../workspace/test-entries'
import { buildWorkspaceDataset } from '../../workspace/workspace-dataset'
import { indexChange } from './index-change'
import { buildSearchIndex, querySearchIndex, updateSearchIndex } from './search-index'

const base = loadRealDataset()
const docsOf = (d: LoadedDataset) => new Map(searchDocuments(d).map((x) => [x.id, x]))
const ids = (index: ReturnType<typeof buildSearchIndex>, q: string) =>
  querySearchIndex(index, q).map((h) => h.id)

describe('updating the search index after a workspace save', () => {
  const position = base.positions.find((p) => p.summary.includes('unilateral'))!
  const edited = buildWorkspaceDataset(base, [
    ...testEntries(),
    makeEntry('positions', position.id, { ...position, summary: 'The analyst says Quetzalcoatl.' }),
  ]).dataset

  it('finds the new text and no longer finds the removed text', () => {
    const index = buildSearchIndex([...docsOf(base).values()])
    expect(ids(index, 'unilateral')).toContain(`record:${position.id}`)
    expect(ids(index, 'Quetzalcoatl')).toEqual([])
    expect(ids(index, 'withdrew')).not.toContain('sentence:test-article-nov26:0')

    const change = indexChange(docsOf(base), docsOf(edited))
    // Only what the save touched: the rewritten summary, the added article and its position.
    expect(change?.remove.map((d) => d.id)).toEqual([`record:${position.id}`])
    expect(change?.add.length).toBeLessThan(10)
    updateSearchIndex(index, change!)

    expect(ids(index, 'Quetzalcoatl')).toEqual([`record:${position.id}`])
    expect(ids(index, 'unilateral')).not.toContain(`record:${position.id}`)
    // The added article's sentences are searchable at once.
    expect(ids(index, 'withdrew')).toContain('sentence:test-article-nov26:0')
  })

  it('answers as an index built afresh on the edited dataset does', () => {
    const index = buildSearchIndex([...docsOf(base).values()])
    updateSearchIndex(index, indexChange(docsOf(base), docsOf(edited))!)
    const fresh = buildSearchIndex([...docsOf(edited).values()])
    for (const q of ['Litani', 'Berri', 'ceasefire', 'Hochstien', 'Hez', 'unilateral'])
      expect(ids(index, q).sort()).toEqual(ids(fresh, q).sort())
  })

  it('asks for a new index when most documents differ (another dataset opened)', () => {
    const other = new Map([...docsOf(base)].slice(0, 20))
    expect(indexChange(docsOf(base), other)).toBeNull()
    expect(indexChange(docsOf(base), docsOf(base))).toEqual({ remove: [], add: [] })
  })
})
