import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test/dataset-fixture'
import { annotationFiles } from './annotation-files'
import { makeEntry } from './entries'
import { planImport } from './import'
import { mergeWorkspace } from './merge'
import { testEntries } from './test-entries'

const base = loadRealDataset()
const first = base.positions[0]!

describe('planImport', () => {
  it('takes a colleague’s new article and records, text included', async () => {
    const files = await annotationFiles(mergeWorkspace(base, testEntries()))
    const plan = planImport(files, base, [])
    expect(plan.problems).toEqual([])
    expect(plan.conflicts).toEqual([])
    expect(plan.changes.map((c) => c.id).sort()).toEqual([
      'pos-lebanon-ceasefire-nov26',
      'test-article-nov26',
    ])
    expect(plan.changes.find((c) => c.collection === 'sources')?.text).toContain('BEIRUT:')
  })

  it('shows a record both sides changed differently as a conflict, and skips what agrees', async () => {
    const theirs = { ...first, summary: 'Their summary.' }
    const files = await annotationFiles(
      mergeWorkspace(base, [makeEntry('positions', first.id, theirs), ...testEntries()]),
    )
    const mineEntries = [
      makeEntry('positions', first.id, { ...first, summary: 'My summary.' }),
      ...testEntries(),
    ]
    const plan = planImport(files, base, mineEntries)
    expect(plan.changes).toEqual([])
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        id: first.id,
        record: theirs,
        mine: { ...first, summary: 'My summary.' },
      }),
    ])
  })

  it('reads a record missing from their file as deleted there', async () => {
    const files = await annotationFiles(
      mergeWorkspace(base, [makeEntry('positions', first.id, null)]),
    )
    expect(planImport(files, base, []).changes).toEqual([
      { collection: 'positions', id: first.id, record: null },
    ])
  })

  it('names the file and field of what it cannot take, and deletes nothing because of it', () => {
    const broken = JSON.stringify([{ ...first, stance: 'maybe' }, ...base.positions.slice(1)])
    const plan = planImport(new Map([['data/annotations/positions.json', broken]]), base, [])
    expect(plan.problems).toEqual([
      expect.stringMatching(/^data\/annotations\/positions\.json: positions\[0\.stance\]/),
    ])
    expect(plan.changes).toEqual([])
  })

  it('refuses a zip that holds no annotations', () => {
    const plan = planImport(new Map([['holiday.jpg', 'xx']]), base, [])
    expect(plan.problems[0]).toMatch(/holds no Blueline annotations/)
  })
})
