import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test/dataset-fixture'
import { checkRecord } from './check-record'
import type { Position } from '../dataset/schema'
import { makeEntry, type AnyRecord, type WorkspaceEntry } from './entries'
import { testEntries } from './test-entries'

// The record forms' bad inputs (issue 18): each is refused with a message naming the form's field.
const base = loadRealDataset()
const [article, saved] = testEntries()
const position = saved!.record as Position
const check = (record: AnyRecord, extra: WorkspaceEntry[] = []) =>
  checkRecord('positions', record, base, [article!, ...extra])

describe('checkRecord', () => {
  it('accepts a good position', () => expect(check(position)).toEqual([]))

  it('names Date for a day that is not in the calendar, or none at all', () => {
    expect(check({ ...position, when: { ...position.when, date: '2024-02-30' } })).toEqual([
      { field: 'Date', message: 'not a real calendar date' },
    ])
    expect(check({ ...position, when: { ...position.when, date: '' } })[0]?.field).toBe('Date')
  })

  it('names Actor when the record points at an actor deleted in the workspace', () => {
    const problems = check(position, [makeEntry('actors', 'lebanon', null)])
    expect(problems).toEqual([{ field: 'Actor', message: 'unknown actor "lebanon"' }])
  })

  it('names Quote for a quote that is not in the article, markup included', () => {
    const quote = '<b>it would accept a ceasefire</b>'
    const problems = check({
      ...position,
      evidence: [{ source: 'test-article-nov26', quote }],
    })
    expect(problems.map((p) => p.field)).toEqual(['Quote'])
  })

  it('names Summary when it is left empty', () => {
    expect(check({ ...position, summary: ' ' })).toEqual([
      { field: 'Summary', message: 'must not be empty' },
    ])
  })
})
