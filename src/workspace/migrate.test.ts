import { describe, expect, it } from 'vitest'
import { makeEntry } from './entries'
import { migrateEntries, type Migration } from './migrate'

const current = makeEntry('positions', 'pos-a', null)

describe('migrateEntries', () => {
  it('passes entries of the current format through unchanged', () => {
    expect(migrateEntries([current])).toEqual({ entries: [current], unreadable: [] })
  })

  it('upgrades an old entry one format at a time, in order', () => {
    // A store at format 3 whose format-1 entries called the record "value" and lacked updatedAt.
    const steps: Record<number, Migration> = {
      1: ({ value, ...rest }) => ({ ...rest, record: value, updatedAt: 'unknown' }),
      2: (e) => ({ ...e, updatedAt: e.updatedAt === 'unknown' ? '2024-11-26' : e.updatedAt }),
    }
    const old: Record<string, unknown> = { ...current, format: 1, value: current.record }
    delete old.record
    delete old.updatedAt
    const { entries, unreadable } = migrateEntries([old], steps, 3)
    expect(unreadable).toEqual([])
    expect(entries).toEqual([{ ...current, format: 3, updatedAt: '2024-11-26' }])
  })

  it('says so when no migration leads from an old format', () => {
    const { entries, unreadable } = migrateEntries([{ ...current, format: 0 }])
    expect(entries).toEqual([])
    expect(unreadable[0]?.reason).toMatch(/no way to upgrade store format 0/)
  })

  it('keeps an entry from a newer Blueline out, and says why', () => {
    const { entries, unreadable } = migrateEntries([{ ...current, format: 99 }])
    expect(entries).toEqual([])
    expect(unreadable[0]?.reason).toMatch(/newer Blueline/)
  })

  it('reports an entry it cannot read instead of failing the whole workspace', () => {
    const { entries, unreadable } = migrateEntries([current, { format: 1, key: 'junk' }])
    expect(entries).toEqual([current])
    expect(unreadable.map((u) => u.key)).toEqual(['junk'])
  })
})
