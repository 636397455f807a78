import type { BriefBackend } from '../lib/brief/brief-store'
import { BRIEF_STORE, DB_NAME, openWorkspaceDb } from './store'

/** The one brief a browser keeps, under this key in the workspace database's brief store. */
const KEY = 'current'

/** The brief kept in the workspace's IndexedDB database, beside its entries (decision 024). */
export async function openBriefStorage(name = DB_NAME): Promise<BriefBackend> {
  const db = await openWorkspaceDb(name)
  return {
    load: () => db.get(BRIEF_STORE, KEY) as Promise<unknown>,
    save: async (brief) => {
      await db.put(BRIEF_STORE, brief, KEY)
    },
  }
}
