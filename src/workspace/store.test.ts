import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { makeEntry } from './entries'
import { ConflictError, memoryStore, openIndexedDbStore } from './store'

const record = (summary: string) => ({ id: 'ev-a', summary }) as never

describe('the IndexedDB store', () => {
  it('keeps what was written across a reopen (a reload)', async () => {
    const first = await openIndexedDbStore('reopen')
    const entry = makeEntry('events', 'ev-a', record('one'))
    await first.put(entry, 0)
    const again = await openIndexedDbStore('reopen')
    expect(await again.load()).toEqual([entry])
  })

  it('refuses a save over a revision another tab wrote meanwhile', async () => {
    const tabA = await openIndexedDbStore('two-tabs')
    const tabB = await openIndexedDbStore('two-tabs')
    const base = makeEntry('events', 'ev-a', record('base'))
    await tabA.put(base, 0)
    // Both tabs read revision 1; A saves first, so B's save (based on 1) must not overwrite it.
    await tabA.put(makeEntry('events', 'ev-a', record('from A'), base), 1)
    await expect(tabB.put(makeEntry('events', 'ev-a', record('from B'), base), 1)).rejects.toThrow(
      ConflictError,
    )
    expect(await tabB.load()).toMatchObject([{ rev: 2, record: { summary: 'from A' } }])
  })
})

describe('the memory store', () => {
  it('applies the same revision check', async () => {
    const store = memoryStore()
    const entry = makeEntry('events', 'ev-a', record('one'))
    await store.put(entry, 0)
    await expect(store.put(entry, 0)).rejects.toThrow(ConflictError)
    await store.remove(entry.key, 1)
    expect(await store.load()).toEqual([])
  })
})
