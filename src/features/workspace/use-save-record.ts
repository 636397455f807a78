import { checkRecord } from '../../workspace/check-record'
import { makeEntry, type AnyRecord, type Collection } from '../../workspace/entries'
import type { FieldProblem } from '../../workspace/article'
import { useWorkspace } from '../../workspace/workspace-context'
import type { Evidence } from '../../dataset/schema'

export interface RecordChange {
  collection: Collection
  record: AnyRecord
}

/** Checks a record as the build would and, if it passes, saves it with what it brings along. */
export function useSaveRecord() {
  const ws = useWorkspace()
  return async (change: RecordChange, alongside: RecordChange[] = []): Promise<FieldProblem[]> => {
    const along = alongside.map((a) => makeEntry(a.collection, a.record.id, a.record))
    for (const a of alongside) {
      const problems = checkRecord(a.collection, a.record, ws.base, ws.entries, [])
      if (problems.length) return problems
    }
    const problems = checkRecord(change.collection, change.record, ws.base, ws.entries, along)
    if (problems.length) return problems
    await ws.saveMany(
      [...alongside, change].map((c) => ({
        collection: c.collection,
        id: c.record.id,
        record: c.record,
      })),
    )
    return []
  }
}

/**
 * A record's evidence with the quote from this article: an edited record keeps its other quotes,
 * and the one it had from this article (the one being edited) is replaced.
 */
export function evidenceWith(
  previous: readonly Evidence[] | undefined,
  source: string,
  quote: string,
): Evidence[] {
  const list = [...(previous ?? [])]
  const at = list.findIndex((e) => e.source === source)
  if (at === -1) list.push({ source, quote })
  else list[at] = { source, quote }
  return list
}
