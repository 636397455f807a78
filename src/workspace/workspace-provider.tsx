import { useSuspenseQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { datasetQueryOptions } from '../dataset/get-dataset'
import { createDeriver, type Derivation } from './derive-off-thread'
import type { WorkspaceEntry } from './entries'
import { entryKey, makeEntry } from './entry'
import type { WorkspaceStore } from './store'
import {
  WorkspaceContext,
  WorkspaceDatasetContext,
  type StorageState,
  type WorkspaceApi,
} from './workspace-context'

type Change = Parameters<WorkspaceApi['saveMany']>[0][number]
/** One undo step: the entries as they were before it, by key (undefined: there was none). */
type UndoStep = { label: string; before: Map<string, WorkspaceEntry | undefined> }

const CHANNEL = 'blueline-workspace'
// The store (idb) and the migration (zod) load after first paint: the overview does not wait for them.
const loadStorage = () => Promise.all([import('./store'), import('./migrate')])
const KIND: Record<Change['collection'], string> = {
  sources: 'article',
  actors: 'actor',
  people: 'person',
  issues: 'issue',
  populations: 'population',
  positions: 'position',
  casualties: 'casualty figure',
  meetings: 'meeting',
  disputes: 'dispute',
  events: 'event',
}
/** A record as the analyst knows it: its title, name or summary (clipped), else its id. */
function recordName(change: Change): string {
  const r = (change.record ?? {}) as { title?: unknown; name?: unknown; summary?: unknown }
  const words = [r.title, r.name, r.summary].find((w): w is string => typeof w === 'string' && !!w)
  const kind = KIND[change.collection]
  if (!words) return `${kind} ${change.id}`
  return `${kind} “${words.length > 48 ? `${words.slice(0, 47)}…` : words}”`
}
// Undo's label: "saving article “…”" rather than a raw record id.
const describe = (changes: Change[]) =>
  changes.length === 1
    ? `${changes[0]!.record ? 'saving' : 'deleting'} ${recordName(changes[0]!)}`
    : `${changes.length} changes`

/**
 * Loads the analyst's workspace from IndexedDB, keeps it in step with other tabs, writes every
 * change at once, and provides the published dataset with the workspace merged in (derived in a
 * worker). If storage fails the work stays in memory and the analyst is told.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const base = useSuspenseQuery(datasetQueryOptions()).data
  const [entries, setEntries] = useState<WorkspaceEntry[] | null>(null)
  const latest = useRef<WorkspaceEntry[]>([])
  const [storage, setStorage] = useState<StorageState>({
    kind: 'loading',
    problem: null,
    unreadable: [],
  })
  const store = useRef<WorkspaceStore | null>(null)
  const [derived, setDerived] = useState<Derivation | null>(null)
  const [deriving, setDeriving] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [undoStack, setUndoStack] = useState<UndoStep[]>([])
  // Whether the stored workspace has been read and applied once; later changes never hide the page.
  const [settled, setSettled] = useState(false)
  const channel = useRef<BroadcastChannel | null>(null)
  const deriver = useMemo(() => createDeriver(base), [base])
  useEffect(() => () => deriver.dispose(), [deriver])

  const show = useCallback((list: WorkspaceEntry[]) => {
    latest.current = list
    setEntries(list)
  }, [])

  const reload = useCallback(async () => {
    if (!store.current) return
    const [, { migrateEntries }] = await loadStorage()
    const { entries: read, unreadable } = migrateEntries(await store.current.load())
    show(read)
    setStorage((s) => ({ ...s, unreadable }))
  }, [show])

  useEffect(() => {
    let cancelled = false
    loadStorage()
      .then(([{ openIndexedDbStore }]) => openIndexedDbStore())
      .then(async (s) => {
        if (cancelled) return
        store.current = s
        setStorage({ kind: 'indexeddb', problem: null, unreadable: [] })
        await reload()
      })
      .catch(async (e: Error) => {
        if (cancelled) return
        store.current = (await import('./store')).memoryStore()
        setStorage({
          kind: 'memory',
          problem: `The browser refused to store the workspace (${e.message}).`,
          unreadable: [],
        })
        show([])
      })
    if (typeof BroadcastChannel !== 'undefined') {
      channel.current = new BroadcastChannel(CHANNEL)
      // Another tab saved: read the store again, so this tab shows (and builds on) its changes.
      channel.current.onmessage = () => void reload()
    }
    return () => {
      cancelled = true
      channel.current?.close()
    }
  }, [reload, show])

  useEffect(() => {
    if (!entries) return
    if (entries.length === 0) {
      setDerived(null)
      setSettled(true)
      return
    }
    setDeriving(true)
    deriver
      .derive(entries)
      .then((d) => {
        if (d) {
          setDerived(d)
          setDeriving(false)
          setSettled(true)
        }
      })
      .catch((e: Error) => {
        setNotice(`The workspace could not be applied to the dataset: ${e.message}`)
        setDeriving(false)
        setSettled(true)
      })
  }, [entries, deriver])

  /** Writes entries through the store; on failure keeps them in memory and says so. */
  const write = useCallback(
    async (writes: { key: string; entry: WorkspaceEntry | null; expectedRev: number }[]) => {
      const s = store.current
      if (!s) return
      try {
        for (const w of writes)
          await (w.entry ? s.put(w.entry, w.expectedRev) : s.remove(w.key, w.expectedRev))
        channel.current?.postMessage('changed')
      } catch (e) {
        if ((e as Error).name === 'ConflictError') {
          setNotice(
            `Not saved: ${(e as Error).message} since this tab read it. Its latest version is shown now; make your change again.`,
          )
          await reload()
          return
        }
        // Quota, private mode, a closed database: keep working in memory, downloads still work.
        store.current = (await import('./store')).memoryStore(latest.current)
        setStorage((st) => ({
          ...st,
          kind: 'memory',
          problem: `The browser stopped storing the workspace (${(e as Error).message}).`,
        }))
      }
    },
    [reload],
  )

  const apply = useCallback(
    async (changes: Change[], label: string | null) => {
      const now = new Map(latest.current.map((e) => [e.key, e]))
      const before = new Map<string, WorkspaceEntry | undefined>()
      const writes: Parameters<typeof write>[0] = []
      for (const c of changes) {
        const key = entryKey(c.collection, c.id)
        const previous = now.get(key)
        if (!before.has(key)) before.set(key, previous)
        const entry = makeEntry(c.collection, c.id, c.record, previous, c.text)
        now.set(key, entry)
        writes.push({ key, entry, expectedRev: previous?.rev ?? 0 })
      }
      show([...now.values()])
      setNotice(null)
      if (label) setUndoStack((u) => [...u.slice(-49), { label, before }])
      await write(writes)
    },
    [show, write],
  )

  const api = useMemo<WorkspaceApi | null>(() => {
    if (!entries) return null
    return {
      entries,
      storage,
      base,
      problems: derived?.problems ?? [],
      deriving,
      notice,
      save: (collection, id, record, text) =>
        apply([{ collection, id, record, text }], describe([{ collection, id, record }])),
      saveMany: (changes) => apply(changes, describe(changes)),
      revert: async (collection, id) => {
        const key = entryKey(collection, id)
        const previous = latest.current.find((e) => e.key === key)
        if (!previous) return
        show(latest.current.filter((e) => e.key !== key))
        setUndoStack((u) => [
          ...u.slice(-49),
          { label: `reverting ${id}`, before: new Map([[key, previous]]) },
        ])
        await write([{ key, entry: null, expectedRev: previous.rev }])
      },
      undo: async () => {
        const step = undoStack.at(-1)
        if (!step) return
        setUndoStack((u) => u.slice(0, -1))
        const now = new Map(latest.current.map((e) => [e.key, e]))
        const writes: Parameters<typeof write>[0] = []
        for (const [key, was] of step.before) {
          const current = now.get(key)
          // The earlier content comes back as a new revision, so other tabs see a change.
          const entry = was
            ? { ...was, rev: (current?.rev ?? 0) + 1, updatedAt: new Date().toISOString() }
            : null
          if (entry) now.set(key, entry)
          else now.delete(key)
          writes.push({ key, entry, expectedRev: current?.rev ?? 0 })
        }
        show([...now.values()])
        await write(writes)
      },
      undoLabel: undoStack.at(-1)?.label ?? null,
      discard: async () => {
        show([])
        setUndoStack([])
        try {
          await store.current?.clear()
          channel.current?.postMessage('changed')
        } catch (e) {
          setNotice(`The stored workspace could not be cleared: ${(e as Error).message}`)
        }
      },
    }
  }, [entries, storage, base, derived, deriving, notice, apply, show, write, undoStack])

  // Until the stored workspace is read and applied, views would show (and the URL would be checked
  // against) the published dataset alone, dropping a selection of a workspace record.
  if (!api || !settled) return <p className="loading">Loading your workspace…</p>
  return (
    <WorkspaceContext.Provider value={api}>
      <WorkspaceDatasetContext.Provider
        value={derived && api.entries.length ? derived.dataset : null}
      >
        {children}
      </WorkspaceDatasetContext.Provider>
    </WorkspaceContext.Provider>
  )
}
