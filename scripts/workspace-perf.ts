/**
 * Times the workspace's merge-and-derive (what the worker runs on every save) over the real dataset
 * and synthetic x10 and x100 ones: `npx tsx scripts/workspace-perf.ts`. Numbers go to docs/perf-log.md.
 */
import { generateDataset } from './generate-dataset'
import { deriveViews } from '../src/dataset/derive'
import type { LoadedDataset } from '../src/dataset/dataset-schema'
import { loadRealDataset } from '../src/test/dataset-fixture'
import { makeEntry } from '../src/workspace/entry'
import { buildWorkspaceDataset } from '../src/workspace/workspace-dataset'

function time(base: LoadedDataset, runs: number) {
  const p = base.positions[0]!
  const entries = [makeEntry('positions', 'pos-ws-perf', { ...p, id: 'pos-ws-perf' })]
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    buildWorkspaceDataset(base, entries)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { median: ms[Math.floor(ms.length / 2)]!, min: ms[0]!, max: ms.at(-1)! }
}

const scales: [string, () => LoadedDataset][] = [
  ['real', loadRealDataset],
  ['x10', () => withDerived(generateDataset(10, 1))],
  ['x100', () => withDerived(generateDataset(100, 1))],
]
function withDerived(d: ReturnType<typeof generateDataset>): LoadedDataset {
  const provenance = { kind: 'file' as const, origin: 'synthetic', hash: 'synthetic' }
  return { ...d, derived: d.derived ?? deriveViews(d), provenance }
}
for (const [name, load] of scales) {
  const base = load()
  const r = time(base, name === 'x100' ? 3 : 7)
  console.log(
    `${name}: ${base.positions.length} positions, ${base.meetings.length} meetings; merge + validate + derive median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`,
  )
}
