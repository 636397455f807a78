import { openDB, type IDBPDatabase } from 'idb'
import type { WorkspaceEntry } from './entries'

/** Another tab saved this record since this tab last read it. */
export class ConflictError extends Error {
  constructor(readonly key: string) {
    super(`"${key}" was changed in another tab or window`)
    this.name = 'ConflictError'
  }
}

/** Where the workspace lives: IndexedDB, or memory when the browser refuses storage. */
export interface WorkspaceStore {
  readonly kind: 'indexeddb' | 'memory'
  /** Every stored entry as written, for `migrateEntries` to read. */
  load(): Promise<unknown[]>
  /** Writes `entry` if the stored one still has revision `expectedRev` (0: none stored). */
  put(entry: WorkspaceEntry, expectedRev: number): Promise<void>
  /** Removes an entry (the record goes back to its published version). */
  remove(key: string, expectedRev: number): Promise<void>
  clear(): Promise<void>
}

export const DB_NAME = 'blueline-workspace'
const STORE = 'entries'
/** The analyst's brief (title, judgments, pins), kept beside the workspace (decision 024). */
export const BRIEF_STORE = 'brief'
/** 1: entries; 2: adds the brief. */
const DB_VERSION = 2

function revOf(value: unknown): number {
  return typeof value === 'object' && value && 'rev' in value && typeof value.rev === 'number'
    ? value.rev
    : 0
}

/**
 * Opens the workspace database at the current version, creating the object stores a database
 * written by an older version lacks; rejects when IndexedDB is missing, blocked or refuses.
 */
export async function openWorkspaceDb(name = DB_NAME): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB')
  // The database's own version is for object stores; entries carry their format (migrate.ts).
  const db: IDBPDatabase = await openDB(name, DB_VERSION, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) d.createObjectStore(STORE, { keyPath: 'key' })
      if (oldVersion < 2) d.createObjectStore(BRIEF_STORE)
    },
    blocked() {
      throw new Error('another tab holds an older version of the workspace open')
    },
    // A newer version is opening in another tab: close, so its upgrade is not blocked for good;
    // this tab's next write then fails and is reported.
    blocking() {
      db.close()
    },
  })
  return db
}

/** Opens the IndexedDB store; rejects when IndexedDB is missing, blocked or refuses to open. */
export async function openIndexedDbStore(name = DB_NAME): Promise<WorkspaceStore> {
  const db = await openWorkspaceDb(name)
  // One transaction per write: reading the revision and writing cannot interleave with another tab.
  const checked = async (key: string, expectedRev: number, entry: WorkspaceEntry | null) => {
    const tx = db.transaction(STORE, 'readwrite')
    if (revOf(await tx.store.get(key)) !== expectedRev) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new ConflictError(key)
    }
    await (entry ? tx.store.put(entry) : tx.store.delete(key))
    await tx.done
  }
  return {
    kind: 'indexeddb',
    load: () => db.getAll(STORE) as Promise<unknown[]>,
    put: (entry, expectedRev) => checked(entry.key, expectedRev, entry),
    remove: (key, expectedRev) => checked(key, expectedRev, null),
    clear: () => db.clear(STORE),
  }
}

/** Holds the workspace for this tab only: used when IndexedDB fails, so nothing is lost meanwhile. */
export function memoryStore(initial: readonly WorkspaceEntry[] = []): WorkspaceStore {
  const entries = new Map(initial.map((e) => [e.key, e]))
  const check = (key: string, expectedRev: number) => {
    if (revOf(entries.get(key)) !== expectedRev) throw new ConflictError(key)
  }
  return {
    kind: 'memory',
    load: () => Promise.resolve([...entries.values()]),
    put: async (entry, expectedRev) => {
      await Promise.resolve()
      check(entry.key, expectedRev)
      entries.set(entry.key, entry)
    },
    remove: async (key, expectedRev) => {
      await Promise.resolve()
      check(key, expectedRev)
      entries.delete(key)
    },
    clear: () => {
      entries.clear()
      return Promise.resolve()
    },
  }
}
