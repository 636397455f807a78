import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../test/dataset-fixture'
import { makeEntry, type Collection, type WorkspaceEntry } from '../workspace/entries'
import { mergeWorkspace } from '../workspace/merge'
import { deriveViews } from './derive'
import { deriveViewsFrom, type DerivedState } from './derive-incremental'
import type { Annotations } from './schema'
import { STANCE_ORDER } from './vocabulary'

const base = loadRealDataset()
const DATES = ['2024-10-01', '2024-10-31', '2024-11-06', '2024-11-20', '2024-11-21', '2024-12-01']

/** One analyst edit, with random choices resolved against the annotations on screen. */
const editArb = fc.record({
  collection: fc.constantFrom<Collection>(
    'positions',
    'positions',
    'meetings',
    'disputes',
    'people',
    'casualties',
    'events',
    'sources',
    'actors',
  ),
  action: fc.constantFrom('edit', 'edit', 'add', 'delete', 'revert'),
  pick: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
})
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never

const at = <T>(list: readonly T[], n: number) => list[n % list.length]!

/** A changed copy of `r`: dates, stances, actors, issues, participants and references move. */
function changed(a: Annotations, collection: Collection, r: Record<string, unknown>, p: number[]) {
  const [p0 = 0, p1 = 0, p2 = 0] = p
  const when = { date: at(DATES, p0), inferred: false }
  switch (collection) {
    case 'positions':
      return {
        ...r,
        when,
        stance: at(STANCE_ORDER, p1),
        actor: at(a.actors, p2).id,
        issue: at(a.issues, p1 + p2).id,
      }
    case 'meetings': {
      const person = at(a.people, p1).id
      const sides = r.sides as unknown[][]
      return p2 % 3 === 0
        ? { ...r, when, via: { person } }
        : { ...r, when, sides: [[{ person }], ...sides.slice(1)] }
    }
    case 'disputes':
      return {
        ...r,
        sides: (r.sides as { records: string[] }[]).map((s, i) => ({
          ...s,
          records: [at(a.positions, p1 + i).id, at(a.positions, p2 + 2 * i).id],
        })),
      }
    case 'people':
      return { ...r, actor: at(a.actors, p1).id, name: `Renamed ${p2 % 5}` }
    case 'sources':
      return { ...r, published: { date: at(DATES, p0), inferred: false } }
    case 'actors':
      return { ...r, name: `Actor ${p1 % 5}` }
    default:
      return { ...r, when }
  }
}

/** The workspace after one more edit. */
function apply(entries: WorkspaceEntry[], edit: Edit): WorkspaceEntry[] {
  const a = mergeWorkspace(base, entries).annotations
  const list = a[edit.collection] as unknown as Record<string, unknown>[]
  if (!list.length) return entries
  const record = at(list, edit.pick[3]!)
  const id = record.id as string
  const others = entries.filter((e) => e.key !== `${edit.collection}/${id}`)
  if (edit.action === 'revert') return others
  if (edit.action === 'delete') return [...others, makeEntry(edit.collection, id, null)]
  const newId = edit.action === 'add' ? `ws-${edit.collection}-${entries.length}` : id
  const next = { ...changed(a, edit.collection, record, edit.pick), id: newId }
  return [
    ...entries.filter((e) => e.key !== `${edit.collection}/${newId}`),
    makeEntry(edit.collection, newId, next as never),
  ]
}

describe('deriveViewsFrom', () => {
  it('equals a full derivation after every step of random workspace edits', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
        let entries: WorkspaceEntry[] = []
        let state: DerivedState = { annotations: base, derived: base.derived }
        for (const edit of edits) {
          entries = apply(entries, edit)
          const annotations = mergeWorkspace(base, entries).annotations
          const derived = deriveViewsFrom(state, annotations)
          // Serialised, so key order counts too: the incremental result is the full one, byte for byte.
          expect(JSON.stringify(derived)).toBe(JSON.stringify(deriveViews(annotations)))
          state = { annotations, derived }
        }
      }),
      { numRuns: 15 },
    )
    // Each step lays the graph out in full to compare: minutes on a loaded 2-core machine; not a speed check.
  }, 180_000)

  it('reuses the untouched parts instead of recomputing them', () => {
    const p = base.positions[0]!
    const annotations = mergeWorkspace(base, [
      makeEntry('positions', p.id, { ...p, summary: 'Rewritten by the analyst.' }),
    ]).annotations
    const derived = deriveViewsFrom({ annotations: base, derived: base.derived }, annotations)
    // No meeting or person changed: the graph (and its layout) is the previous one itself.
    expect(derived.graph).toBe(base.derived.graph)
    const untouched = base.derived.matrix.filter((c) => c.actor !== p.actor || c.issue !== p.issue)
    for (const cell of untouched) expect(derived.matrix).toContain(cell)
  })
})
