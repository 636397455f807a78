import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test/dataset-fixture'
import { makeEntry } from './entries'
import { mergeWorkspace } from './merge'
import { testEntries, TEST_ARTICLE_TEXT } from './test-entries'
import { buildWorkspaceDataset } from './workspace-dataset'

const base = loadRealDataset()

describe('mergeWorkspace', () => {
  it('appends new records, with the new article and its text', () => {
    const { annotations, texts, status } = mergeWorkspace(base, testEntries())
    expect(annotations.positions).toHaveLength(base.positions.length + 1)
    expect(annotations.positions.at(-1)?.id).toBe('pos-lebanon-ceasefire-nov26')
    expect(annotations.sources.at(-1)?.id).toBe('test-article-nov26')
    expect(texts.get('test-article-nov26')).toBe(TEST_ARTICLE_TEXT)
    expect(status.get('pos-lebanon-ceasefire-nov26')?.status).toBe('new')
  })

  it('replaces an edited published record in place and drops a deleted one', () => {
    const [first, second] = base.positions
    const edited = { ...first!, summary: 'A summary the analyst rewrote.' }
    const { annotations, status } = mergeWorkspace(base, [
      makeEntry('positions', first!.id, edited),
      makeEntry('positions', second!.id, null),
    ])
    expect(annotations.positions[0]).toEqual(edited)
    expect(annotations.positions.map((p) => p.id)).not.toContain(second!.id)
    expect(status.get(first!.id)?.status).toBe('edited')
    expect(status.get(second!.id)?.status).toBe('deleted')
    // The published dataset itself is untouched.
    expect(base.positions[0]?.summary).not.toBe(edited.summary)
  })

  it('leaves the published dataset as it is when the workspace is empty', () => {
    const { annotations } = mergeWorkspace(base, [])
    for (const c of ['actors', 'positions', 'casualties', 'meetings', 'disputes'] as const)
      expect(annotations[c]).toEqual(base[c])
  })
})

describe('buildWorkspaceDataset', () => {
  it('derives the matrix with the build’s code, so a new position fills its cell', () => {
    const { dataset, problems } = buildWorkspaceDataset(base, testEntries())
    expect(problems).toEqual([])
    const cell = dataset.derived.matrix.find(
      (c) => c.actor === 'lebanon' && c.issue === 'ceasefire',
    )
    expect(cell?.changes.at(-1)).toEqual({
      date: '2024-11-26',
      stances: ['conditional'],
      positions: ['pos-lebanon-ceasefire-nov26'],
    })
    expect(dataset.workspace?.only.has('pos-lebanon-ceasefire-nov26')).toBe(true)
    expect(dataset.derived.span.to).toBe('2024-11-26')
  })

  it('reports a record left pointing at a deleted actor, naming the field', () => {
    const { problems } = buildWorkspaceDataset(base, [
      ...testEntries(),
      makeEntry('actors', 'lebanon', null),
    ])
    expect(problems.map((p) => [p.collection, p.message])).toContainEqual([
      'positions',
      'unknown actor "lebanon"',
    ])
  })
})
