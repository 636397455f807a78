import { withReadingFromV1 } from '../dataset/migrate'
import { entrySchema, STORE_FORMAT, type WorkspaceEntry } from './entries'

/** Upgrades an entry of format N to N + 1; one function per format ever shipped. */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export type Migration = (entry: Record<string, unknown>) => Record<string, unknown>

/** One step per store format ever shipped: `MIGRATIONS[n]` turns a format-n entry into n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  // Format 1 shipped while dataset schema 2 landed, so a stored position may lack `reading`, which
  // schema 2 requires. Dates are left alone: schema 2 reads a missing `precision` as version 1 did,
  // and writing one in would show as a change in every downloaded file.
  1: (entry) =>
    entry.collection === 'positions' && isObject(entry.record)
      ? { ...entry, record: withReadingFromV1(entry.record) }
      : entry,
}

export interface MigrationResult {
  entries: WorkspaceEntry[]
  /** Stored entries this version cannot read, kept untouched in the store, with why. */
  unreadable: { key: string; reason: string }[]
}

/**
 * Brings stored entries up to the current format, one step at a time. Entries from a newer Blueline,
 * or that fail the schema after upgrading, are reported and left in the store, never dropped.
 */
export function migrateEntries(
  stored: readonly unknown[],
  migrations: Record<number, Migration> = MIGRATIONS,
  current: number = STORE_FORMAT,
): MigrationResult {
  const entries: WorkspaceEntry[] = []
  const unreadable: MigrationResult['unreadable'] = []
  for (const raw of stored) {
    const key = typeof raw === 'object' && raw && 'key' in raw ? String(raw.key) : '(no key)'
    let entry = raw as Record<string, unknown>
    let format = typeof entry?.format === 'number' ? entry.format : 0
    if (format > current) {
      unreadable.push({ key, reason: `written by a newer Blueline (store format ${format})` })
      continue
    }
    let failed = false
    while (format < current) {
      const step = migrations[format]
      if (!step) {
        unreadable.push({ key, reason: `no way to upgrade store format ${format}` })
        failed = true
        break
      }
      entry = { ...step(entry), format: format + 1 }
      format++
    }
    if (failed) continue
    const parsed = entrySchema.safeParse(entry)
    if (parsed.success) entries.push(parsed.data)
    else
      unreadable.push({ key, reason: parsed.error.issues[0]?.message ?? 'not a workspace entry' })
  }
  return { entries, unreadable }
}
