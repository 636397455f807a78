/**
 * Times one workspace save (what the worker runs: merge, validate, derive) over the real dataset
 * and synthetic x10 and x100 ones: `npm run perf:workspace`. Each kind of save is timed as the
 * worker runs it now (deriving again only what changed since the last save) and, for comparison,
 * with a full `deriveViews`. Numbers go to docs/perf-log.md.
 */
import { generateDataset } from './generate-dataset'
import { deriveViews } from '../src/dataset/derive'
import { deriveViewsFrom } from '../src/dataset/derive-incremental'
import type { LoadedDataset } from '../src/dataset/dataset-schema'
import { validateAnnotations } from '../src/dataset/validate'
import { validateChangedAnnotations } from '../src/dataset/validate-changed'
import { loadRealDataset } from '../src/test/dataset-fixture'
import { makeEntry } from '../src/workspace/entry'
import type { WorkspaceEntry } from '../src/workspace/entries'
import { mergeWorkspace } from '../src/workspace/merge'
import { buildWorkspaceDataset, publishedState } from '../src/workspace/workspace-dataset'

/** The saves an analyst makes: each a workspace of one entry, applied to the published dataset. */
function saves(base: LoadedDataset): [string, WorkspaceEntry[]][] {
  const p = base.positions[0]!
  const m = base.meetings[0]!
  const stranger = base.people.at(-1)!.id
  return [
    ['new position', [makeEntry('positions', 'pos-ws-perf', { ...p, id: 'pos-ws-perf' })]],
    ['meeting summary edited', [makeEntry('meetings', m.id, { ...m, summary: 'Edited.' })]],
    [
      'meeting with a new participant',
      [makeEntry('meetings', m.id, { ...m, sides: [[{ person: stranger }], ...m.sides.slice(1)] })],
    ],
  ]
}

const ms = (f: () => unknown) => {
  const t = performance.now()
  f()
  return performance.now() - t
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function measure(base: LoadedDataset, entries: WorkspaceEntry[], runs: number) {
  const start = publishedState(base)
  const a = mergeWorkspace(base, entries)
  const touched = new Set(entries.map((e) => e.id))
  const times = { save: [] as number[], validate: [] as number[], derive: [] as number[] }
  const full = { validate: [] as number[], derive: [] as number[] }
  for (let i = 0; i < runs; i++) {
    times.save.push(ms(() => buildWorkspaceDataset(base, entries, start)))
    times.validate.push(ms(() => validateChangedAnnotations(a.annotations, a.texts, touched)))
    times.derive.push(ms(() => deriveViewsFrom(start, a.annotations)))
    // What a save cost before: the schema on every record and every view derived again.
    full.validate.push(ms(() => validateAnnotations(a.annotations, a.texts)))
    full.derive.push(ms(() => deriveViews(a.annotations)))
  }
  const f = (x: number[]) => median(x).toFixed(0).padStart(6)
  return `save ${f(times.save)} ms (validate ${f(times.validate)}, derive ${f(times.derive)}); before: validate ${f(full.validate)}, derive ${f(full.derive)} ms`
}

function withDerived(d: ReturnType<typeof generateDataset>): LoadedDataset {
  const provenance = { kind: 'file' as const, origin: 'synthetic', hash: 'synthetic' }
  return { ...d, derived: d.derived ?? deriveViews(d), provenance }
}
const scales: [string, () => LoadedDataset][] = [
  ['real', loadRealDataset],
  ['x10', () => withDerived(generateDataset(10, 1))],
  ['x100', () => withDerived(generateDataset(100, 1))],
]
for (const [name, load] of scales) {
  const base = load()
  console.log(`${name}: ${base.positions.length} positions, ${base.meetings.length} meetings`)
  for (const [label, entries] of saves(base))
    console.log(`  ${label.padEnd(32)} ${measure(base, entries, name === 'x100' ? 3 : 5)}`)
}
