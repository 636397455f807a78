import type { LoadedDataset } from '../dataset/dataset-schema'
import { pathOf } from './annotation-files'
import { sourceMeta } from './merge'
import {
  COLLECTIONS,
  RECORD_SCHEMAS,
  type AnyRecord,
  type Collection,
  type WorkspaceEntry,
} from './entries'

interface ImportChange {
  collection: Collection
  id: string
  record: AnyRecord | null
  text?: string
}

/** A record both the workspace and the zip changed, differently: the analyst picks one. */
interface ImportConflict extends ImportChange {
  mine: AnyRecord | null
}

export interface ImportPlan {
  changes: ImportChange[]
  conflicts: ImportConflict[]
  /** What could not be taken, each naming the file and field. */
  problems: string[]
}

/** JSON with keys sorted, so two copies of a record compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/**
 * Compares a colleague's annotation files with the published dataset, record by record (by id), and
 * plans what to take: their changes the workspace has not touched, and the records both changed as
 * conflicts. Invalid files or records are reported and skipped; nothing is applied here.
 */
export function planImport(
  files: ReadonlyMap<string, string>,
  base: LoadedDataset,
  entries: readonly WorkspaceEntry[],
): ImportPlan {
  const plan: ImportPlan = { changes: [], conflicts: [], problems: [] }
  const known = COLLECTIONS.map(pathOf)
  if (!known.some((p) => files.has(p)))
    return {
      ...plan,
      problems: [
        `This zip holds no Blueline annotations: expected ${pathOf('positions')}, ${pathOf('sources')} and the like${files.size ? `, found ${[...files.keys()].slice(0, 3).join(', ')}` : ', and it is empty'}.`,
      ],
    }
  const mine = new Map(entries.map((e) => [e.key, e]))
  for (const collection of COLLECTIONS) {
    const path = pathOf(collection)
    const text = files.get(path)
    if (text === undefined) continue
    let list: unknown
    try {
      list = JSON.parse(text)
    } catch (e) {
      plan.problems.push(`${path}: not valid JSON (${(e as Error).message})`)
      continue
    }
    if (!Array.isArray(list)) {
      plan.problems.push(`${path}: should be a list of records`)
      continue
    }
    const published = new Map(
      (collection === 'sources'
        ? base.sources.map(sourceMeta)
        : (base[collection] as AnyRecord[])
      ).map((r) => [r.id, r]),
    )
    const theirs = new Map<string, AnyRecord>()
    let broken = false
    list.forEach((raw: unknown, i) => {
      const parsed = RECORD_SCHEMAS[collection].safeParse(raw)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const field = [i, ...(issue?.path ?? [])].map(String).join('.')
        plan.problems.push(`${path}: ${collection}[${field}] ${issue?.message ?? 'is not valid'}`)
        broken = true
        return
      }
      theirs.set(parsed.data.id, parsed.data)
    })
    const consider = (id: string, record: AnyRecord | null, textOf?: string) => {
      const entry = mine.get(`${collection}/${id}`)
      const current = entry ? (entry.record as AnyRecord | null) : (published.get(id) ?? null)
      if (same(current, record)) return
      if (entry && !same(published.get(id) ?? null, record))
        plan.conflicts.push({ collection, id, record, mine: current, text: textOf })
      else if (!entry) plan.changes.push({ collection, id, record, text: textOf })
    }
    for (const [id, record] of theirs) {
      let textOf: string | undefined
      if (collection === 'sources') {
        const file = (record as { file: string }).file
        textOf = files.get(`data/sources/${file}`)
        if (textOf === undefined && !published.has(id)) {
          plan.problems.push(
            `${path}: the text of "${id}" (data/sources/${file}) is not in the zip`,
          )
          continue
        }
      }
      consider(id, record, textOf)
    }
    // A published record missing from their file was deleted there (unless the file had records
    // that could not be read: one of those may be it).
    if (!broken) for (const id of published.keys()) if (!theirs.has(id)) consider(id, null)
  }
  if (!plan.changes.length && !plan.conflicts.length && !plan.problems.length)
    plan.problems.push('Nothing in this zip differs from the published dataset and your workspace.')
  return plan
}
