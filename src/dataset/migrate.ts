// Schema version 2 (issue 16, decision 017) added a position's `reading`, a date's `precision`, and
// `via` on meetings and positions. A version-1 file still opens: it is rewritten here, before
// validation, into what version 2 would say of it. Nothing is guessed: version 1 could not mark a
// reading as implied, so every position is read as written (`explicit`), and a date with `until`
// was a span of days, which version 2 calls a `range`.

/** The schema version this app writes and validates. */
export const SCHEMA_VERSION = 2 as const

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function migrateWhen(when: unknown): unknown {
  if (!isObject(when) || when.precision !== undefined) return when
  return { ...when, precision: when.until !== undefined ? 'range' : 'day' }
}

const withWhen = (r: unknown) => (isObject(r) ? { ...r, when: migrateWhen(r.when) } : r)

/** A version-1 position's `reading`: version 1 could not say "implied", so it is read as written. */
export const withReadingFromV1 = (p: Json): Json => ({ reading: 'explicit', ...p })

/**
 * Returns a version-2 dataset for a version-1 file, and anything else unchanged (the schema then
 * reports what is wrong with it). Pure: the input is not modified.
 */
export function migrateDataset(raw: unknown): unknown {
  if (!isObject(raw) || raw.schemaVersion !== 1) return raw
  const out: Json = {
    ...raw,
    schemaVersion: SCHEMA_VERSION,
    positions: list(raw.positions).map((p) =>
      isObject(p) ? withReadingFromV1(withWhen(p) as Json) : p,
    ),
    casualties: list(raw.casualties).map(withWhen),
    meetings: list(raw.meetings).map(withWhen),
    events: list(raw.events).map(withWhen),
  }
  const derived = raw.derived
  if (isObject(derived) && isObject(derived.graph)) {
    // Version 1 had no intermediaries, so no link was indirect.
    const graph = {
      ...derived.graph,
      edges: list(derived.graph.edges).map((e) => (isObject(e) ? { indirect: false, ...e } : e)),
    }
    out.derived = { ...derived, graph }
  }
  return out
}
