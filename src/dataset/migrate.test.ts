import { describe, expect, it } from 'vitest'
import { migrateDataset } from './migrate'
import { parseDataset } from './parse-dataset'
import { deriveViews } from './derive'
import { loadRealDataset } from '../test/dataset-fixture'

type Json = Record<string, unknown>
type Rec = Json & { when: Json }

/** The real dataset written as schema version 1 would have written it (no reading, precision, via). */
function asVersion1(): Json {
  // Version 1 had no intermediaries, so its derived views were worked out without them.
  const real = loadRealDataset()
  const direct = {
    ...real,
    positions: real.positions.map((p) => ({ ...p, via: undefined })),
    meetings: real.meetings.map((m) => ({ ...m, via: undefined })),
  }
  const d = JSON.parse(JSON.stringify({ ...direct, derived: deriveViews(direct) })) as Json &
    Record<string, Rec[]>
  const dropPrecision = (r: Rec) => delete r.when.precision
  for (const c of ['positions', 'casualties', 'meetings', 'events']) d[c]!.forEach(dropPrecision)
  d.positions!.forEach((p) => {
    delete p.reading
    delete p.via
    // Version 1 could not say "implied"; such notes were plain ambiguity notes.
  })
  d.meetings!.forEach((m) => delete m.via)
  const derived = d.derived as unknown as { graph: { edges: Json[] } }
  derived.graph.edges.forEach((e) => delete e.indirect)
  return { ...d, schemaVersion: 1 }
}

describe('a schema version 1 dataset', () => {
  it('still opens, migrated to version 2 on load', () => {
    const v1 = asVersion1()
    const d = parseDataset(JSON.stringify(v1), 'old.json')
    expect(d.schemaVersion).toBe(2)
    // Version 1 had no way to say "implied": every stance is read as written.
    expect(new Set(d.positions.map((p) => p.reading))).toEqual(new Set(['explicit']))
    // A date with `until` was a span of days: a range now; one without it, a day.
    const request = d.positions.find((p) => p.id === 'pos-us-unilateral-request')!
    expect(request.when).toMatchObject({
      date: '2024-10-28',
      until: '2024-11-01',
      precision: 'range',
    })
    const katz = d.positions.find((p) => p.id === 'pos-israel-freedom-katz-nov20')!
    expect(katz.when.precision).toBe('day')
    expect(d.derived?.graph.edges.every((e) => e.indirect === false)).toBe(true)
  })

  it('is not modified in place, and a version 2 file passes through untouched', () => {
    const v1 = asVersion1()
    const copy = JSON.stringify(v1)
    migrateDataset(v1)
    expect(JSON.stringify(v1)).toBe(copy)
    const v2 = loadRealDataset()
    expect(migrateDataset(v2)).toBe(v2)
  })

  it('an unknown version is not migrated, and the schema says what is wrong', () => {
    expect(() =>
      parseDataset(JSON.stringify({ ...asVersion1(), schemaVersion: 7 }), 'x.json'),
    ).toThrow(/failed validation/)
  })
})
