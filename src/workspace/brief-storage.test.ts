import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { openBriefStorage } from './brief-storage'
import { makeEntry } from './entries'
import { openIndexedDbStore } from './store'

const brief = {
  title: 'Ceasefire talks',
  judgments: 'Israel insists on freedom to strike.',
  pins: [{ sel: 'cell:israel:freedom-to-strike', from: '2024-10-30', to: '2024-11-21' }],
  views: ['matrix' as const],
}

describe('the brief in the workspace database', () => {
  it('keeps the brief across a reopen (a reload)', async () => {
    const first = await openBriefStorage('brief-reopen')
    expect(await first.load()).toBeUndefined()
    await first.save(brief)
    expect(await (await openBriefStorage('brief-reopen')).load()).toEqual(brief)
  })

  it('adds the brief to a database written by the first version, keeping its entries', async () => {
    const entry = makeEntry('events', 'ev-a', { id: 'ev-a', summary: 'one' } as never)
    const v1 = await openDB('from-v1', 1, {
      upgrade: (d) => void d.createObjectStore('entries', { keyPath: 'key' }),
    })
    await v1.put('entries', entry)
    v1.close()
    const briefs = await openBriefStorage('from-v1')
    await briefs.save(brief)
    expect(await (await openIndexedDbStore('from-v1')).load()).toEqual([entry])
    expect(await briefs.load()).toEqual(brief)
  })
})
