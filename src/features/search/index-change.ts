import type { SearchDocument } from '../../dataset/select/search-documents'

/** What turns one dataset's search documents into another's: documents to take out and to put in. */
export interface IndexChange {
  /** As they were indexed: MiniSearch's `remove` needs the very document it indexed. */
  remove: SearchDocument[]
  add: SearchDocument[]
}

/** Past this share of documents changed, building the index afresh is as quick and simpler. */
const REBUILD_SHARE = 0.5

const FIELDS = ['kind', 'title', 'text', 'path', 'sel', 'issue', 'hash', 'date'] as const
const same = (x: SearchDocument, y: SearchDocument) => FIELDS.every((f) => x[f] === y[f])

/**
 * The documents that differ between two versions of a dataset (a workspace save changes a few), or
 * null when so much differs (another dataset opened) that the index should be built anew.
 */
export function indexChange(
  before: ReadonlyMap<string, SearchDocument>,
  after: ReadonlyMap<string, SearchDocument>,
): IndexChange | null {
  const change: IndexChange = { remove: [], add: [] }
  for (const [id, doc] of before) {
    const now = after.get(id)
    if (now && same(doc, now)) continue
    change.remove.push(doc)
    if (now) change.add.push(now)
  }
  for (const [id, doc] of after) if (!before.has(id)) change.add.push(doc)
  const changed = change.remove.length + change.add.length
  return changed > REBUILD_SHARE * Math.max(before.size, after.size) ? null : change
}
