import type { Collection } from '../dataset/collections'
import type { AnyRecord, WorkspaceEntry } from './entries'

// Kept apart from entries.ts (zod): the provider needs these at first paint, and zod stays out of
// the first download (decision 007).

/** The collections an analyst can add to, change or delete from: every one the dataset has. */
export { COLLECTIONS, type Collection } from '../dataset/collections'

/** The store's format; bump it with a migration in `migrate.ts` whenever an entry's shape changes. */
export const STORE_FORMAT = 2

export const entryKey = (collection: Collection, id: string) => `${collection}/${id}`

/** A new entry (or the next revision of `previous`) holding `record`, or a deletion when null. */
export function makeEntry(
  collection: Collection,
  id: string,
  record: AnyRecord | null,
  previous?: WorkspaceEntry,
  text?: string,
): WorkspaceEntry {
  return {
    format: STORE_FORMAT,
    key: entryKey(collection, id),
    collection,
    id,
    record: record,
    ...(text !== undefined
      ? { text }
      : previous?.text !== undefined
        ? { text: previous.text }
        : {}),
    rev: (previous?.rev ?? 0) + 1,
    updatedAt: new Date().toISOString(),
  }
}
