import { describe, expect, it } from 'vitest'
import { makeEntry } from './entries'
import { migrateEntries, type Migration } from './migrate'
import { meetingSchema, positionSchema } from '../dataset/schema'
import { loadRealDataset } from '../test/dataset-fixture'

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

  it('brings records stored under dataset schema 1 (format 1) up to schema 2 on open', () => {
    const real = loadRealDataset()
    const position = real.positions.find(
      (p) => p.reading === 'explicit' && !p.when.until && (p.when.precision ?? 'day') === 'day',
    )!
    const meeting = real.meetings.find((m) => m.when.until !== undefined)!
    // What the first workspace wrote: no `reading`, and no date `precision`.
    const v1Position: Record<string, unknown> & { id: string; when: object } = { ...position }
    delete v1Position.reading
    const v1 = (c: 'positions' | 'meetings', r: { id: string; when: object }) => ({
      ...makeEntry(c, r.id, null),
      format: 1,
      record: { ...r, when: { ...r.when, precision: undefined } },
    })
    const stored = JSON.parse(
      JSON.stringify([v1('positions', v1Position), v1('meetings', meeting)]),
    ) as { record: Record<string, unknown> }[]
    expect(positionSchema.safeParse(stored[0]!.record).success).toBe(false)

    const { entries, unreadable } = migrateEntries(stored)
    expect(unreadable).toEqual([])
    expect(entries.map((e) => e.format)).toEqual([2, 2])
    const [p, m] = entries.map((e) => e.record)
    // Version 1 could not say "implied"; its dates mean what schema 2 reads from a missing precision.
    expect(positionSchema.parse(p)).toEqual({
      ...position,
      reading: 'explicit',
      when: { ...position.when, precision: undefined },
    })
    expect(meetingSchema.safeParse(m).success).toBe(true)
    expect(m).toEqual({ ...meeting, when: { ...meeting.when, precision: undefined } })
  })

  it('leaves a format-1 record already in schema 2, and a deletion, as they were', () => {
    const position = loadRealDataset().positions.find((p) => p.reading === 'implied')!
    const stored = [
      { ...makeEntry('positions', position.id, position), format: 1 },
      { ...makeEntry('positions', 'pos-gone', null), format: 1 },
    ]
    const { entries } = migrateEntries(stored)
    expect(entries.map((e) => e.record)).toEqual([position, null])
  })
})
