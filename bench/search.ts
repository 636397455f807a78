/**
 * `npm run bench:search [-- --scales real,10,100]`: the search index (MiniSearch, decision 021) on
 * the real dataset and synthetic scales, in Node: documents, index build time, index size
 * (serialised, and gzipped), and query time for a fixed set of queries. Writes
 * bench/search-results.json and, when bench/results.json exists, its `search` section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import type { LoadedDataset } from '../src/dataset/dataset-schema'
import { searchDocuments } from '../src/dataset/select/search-documents'
import { indexChange } from '../src/features/search/index-change'
import {
  buildSearchIndex,
  querySearchIndex,
  updateSearchIndex,
} from '../src/features/search/search-index'
import { prepareDataset } from './datasets'
import type { DatasetKey } from './options'
import { median, percentile } from './stats'

/** `value` to `digits` decimals, null kept: JSON stays readable. */
const round = (value: number | null, digits = 1): number | null =>
  value === null ? null : Number(value.toFixed(digits))

const ROOT = join(import.meta.dirname, '..')
/** Names, a place, a phrase, a prefix as typed, and a misspelling one edit away. */
export const QUERIES = ['Litani', 'Berri', 'ceasefire', 'Hochstein Netanyahu', 'Hez', 'Hochstien']
const BUILDS = 3
const REPEATS = 25

function measure(key: DatasetKey) {
  const prepared = prepareDataset(ROOT, key, 7)
  const dataset = JSON.parse(readFileSync(prepared.path, 'utf8')) as LoadedDataset
  let t = performance.now()
  const docs = searchDocuments(dataset)
  const documentsMs = performance.now() - t
  const builds: number[] = []
  let index = buildSearchIndex(docs)
  for (let i = 0; i < BUILDS; i++) {
    t = performance.now()
    index = buildSearchIndex(docs)
    builds.push(performance.now() - t)
  }
  const serialised = JSON.stringify(index)
  const queries = Object.fromEntries(
    QUERIES.map((q) => {
      const times: number[] = []
      let hits = 0
      for (let i = 0; i < REPEATS; i++) {
        t = performance.now()
        hits = querySearchIndex(index, q).length
        times.push(performance.now() - t)
      }
      return [q, { hits, p50: round(median(times), 2), p95: round(percentile(times, 95), 2) }]
    }),
  )
  const all = Object.values(queries)
  const save = measureSave(dataset, docs)
  return {
    datasetBytes: prepared.bytes,
    documents: docs.length,
    // What the page posts to the worker once per dataset (structured clone of these objects).
    documentsJsonBytes: Buffer.byteLength(JSON.stringify(docs)),
    documentsMs: round(documentsMs, 1),
    indexBuildMs: round(median(builds), 1),
    indexBytes: Buffer.byteLength(serialised),
    indexGzipBytes: gzipSync(serialised).length,
    queryP50Ms: round(median(all.map((q) => q.p50 ?? 0)), 2),
    queryWorstP95Ms: round(Math.max(...all.map((q) => q.p95 ?? 0)), 2),
    queries,
    workspaceSave: save,
  }
}

/**
 * What a workspace save costs the search (decision 026): the page makes the documents of the saved
 * dataset and compares them with the indexed ones; the worker removes and adds only what changed.
 * The save: one position's summary rewritten and a short article added.
 */
function measureSave(dataset: LoadedDataset, docs: ReturnType<typeof searchDocuments>) {
  const p = dataset.positions[0]!
  const source = dataset.sources[0]!
  const saved: LoadedDataset = {
    ...dataset,
    positions: [{ ...p, summary: 'Rewritten by the analyst.' }, ...dataset.positions.slice(1)],
    sources: [
      ...dataset.sources,
      { ...source, id: 'ws-article', text: 'BEIRUT: The army said it was ready to deploy.' },
    ],
  }
  const before = new Map(docs.map((d) => [d.id, d]))
  const index = buildSearchIndex(docs)
  let t = performance.now()
  const after = new Map(searchDocuments(saved).map((d) => [d.id, d]))
  const documentsMs = performance.now() - t
  t = performance.now()
  const change = indexChange(before, after)
  const diffMs = performance.now() - t
  if (!change) throw new Error('a one-record save should not rebuild the index')
  t = performance.now()
  updateSearchIndex(index, change)
  const updateMs = performance.now() - t
  return {
    removed: change.remove.length,
    added: change.add.length,
    documentsMs: round(documentsMs, 1),
    diffMs: round(diffMs, 1),
    updateMs: round(updateMs, 2),
  }
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scales: { type: 'string', default: 'real,10,100' } },
})
const keys = values.scales.split(',').map((s) => (s === 'real' ? 'real' : `x${s}`)) as DatasetKey[]
const results = {
  takenAt: new Date().toISOString(),
  library: 'minisearch',
  cpu: cpus()[0]?.model ?? null,
  loadAverage: loadavg().map((l) => round(l, 2)),
  note: 'Node, one thread; the browser runs the same code in a worker. The machine is shared: other engineers were running builds and tests.',
  scales: Object.fromEntries(keys.map((k) => [k, measure(k)])),
}
writeFileSync(join(ROOT, 'bench', 'search-results.json'), JSON.stringify(results, null, 2) + '\n')
const main = join(ROOT, 'bench', 'results.json')
if (existsSync(main)) {
  const all = JSON.parse(readFileSync(main, 'utf8')) as Record<string, unknown>
  writeFileSync(main, JSON.stringify({ ...all, search: results }, null, 2) + '\n')
}
console.log(JSON.stringify(results, null, 2))
