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

const DB_NAME = 'blueline-workspace'
const STORE = 'entries'

function revOf(value: unknown): number {
  return typeof value === 'object' && value && 'rev' in value && typeof value.rev === 'number'
    ? value.rev
    : 0
}

/** Opens the IndexedDB store; rejects when IndexedDB is missing, blocked or refuses to open. */
export async function openIndexedDbStore(name = DB_NAME): Promise<WorkspaceStore> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB')
  // The database's own version is for object stores; entries carry their format (migrate.ts).
  const db: IDBPDatabase = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'key' })
    },
    blocked() {
      throw new Error('another tab holds an older version of the workspace open')
    },
  })
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
