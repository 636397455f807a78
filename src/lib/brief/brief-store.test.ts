import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  attachBriefBackend,
  EMPTY_BRIEF,
  LEGACY_KEY,
  pinSelection,
  readBrief,
  resetBriefStore,
  updateBrief,
  writeBrief,
  type Brief,
  type BriefBackend,
} from './brief-store'

/** localStorage as a browser has it (Node has none). */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  }
}

/** A backend holding what it was given, as IndexedDB would. */
function memoryBackend(initial?: unknown): BriefBackend & { stored: unknown } {
  const b = {
    stored: initial,
    load: () => Promise.resolve(b.stored),
    save: (brief: Brief) => {
      b.stored = structuredClone(brief)
      return Promise.resolve()
    },
  }
  return b
}

const pin = { sel: 'cell:israel:freedom-to-strike', from: '2024-10-30', to: '2024-11-21' }
// As kept before decision 024: no choice of views yet.
const legacy = { title: 'Kept before', judgments: 'Israel insists.', pins: [pin] }
const legacyRead: Brief = { ...legacy, views: ['matrix', 'casualties', 'meetings'] }

describe('brief store', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', fakeLocalStorage())
    resetBriefStore()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the title, judgments and pins, and pins a selection once', () => {
    writeBrief(EMPTY_BRIEF)
    updateBrief((b) => ({ ...b, title: 'Ceasefire talks', judgments: 'Israel insists.' }))
    pinSelection(pin)
    pinSelection({ ...pin, from: '2024-10-31' })
    pinSelection({ sel: 'edge:a--b', from: '2024-10-30', to: '2024-11-21' })
    const b = readBrief()
    expect(b.title).toBe('Ceasefire talks')
    expect(b.pins.map((p) => [p.sel, p.from])).toEqual([
      ['cell:israel:freedom-to-strike', '2024-10-31'],
      ['edge:a--b', '2024-10-30'],
    ])
  })

  it('moves a brief kept in localStorage into the backend, then out of localStorage', async () => {
    localStorage.setItem(LEGACY_KEY, JSON.stringify(legacy))
    const backend = memoryBackend()
    await attachBriefBackend(backend)
    expect(backend.stored).toEqual(legacyRead)
    expect(readBrief()).toEqual(legacyRead)
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull()
    pinSelection({ sel: 'edge:a--b', from: '2024-10-30', to: '2024-11-21' })
    await Promise.resolve()
    expect((backend.stored as Brief).pins).toHaveLength(2)
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull()
  })

  it('reads the backend’s brief after a reload, and leaves a stray localStorage copy alone', async () => {
    const stored: Brief = { title: 'In the workspace', judgments: '', pins: [], views: ['matrix'] }
    localStorage.setItem(LEGACY_KEY, JSON.stringify(legacy))
    await attachBriefBackend(memoryBackend(stored))
    expect(readBrief()).toEqual(stored)
    expect(localStorage.getItem(LEGACY_KEY)).not.toBeNull()
  })

  it('keeps what this tab wrote before the backend was attached', async () => {
    pinSelection(pin)
    const backend = memoryBackend({ title: 'Older', judgments: '', pins: [] })
    await attachBriefBackend(backend)
    expect((backend.stored as Brief).pins).toEqual([pin])
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull()
  })

  it('leaves the brief in localStorage when the backend refuses to save it', async () => {
    localStorage.setItem(LEGACY_KEY, JSON.stringify(legacy))
    const refusing = { ...memoryBackend(), save: () => Promise.reject(new Error('quota')) }
    await expect(attachBriefBackend(refusing)).rejects.toThrow('quota')
    expect(localStorage.getItem(LEGACY_KEY)).not.toBeNull()
    expect(readBrief()).toEqual(legacyRead)
  })

  it('reads an unreadable stored brief as empty', async () => {
    await attachBriefBackend(memoryBackend({ title: 7 }))
    expect(readBrief()).toEqual(EMPTY_BRIEF)
  })
})
