import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDataset } from '../scripts/build-dataset'
import { writeAnnotationTree } from '../scripts/generate-dataset'
import { scaleOf, type DatasetKey } from './options'

/** A dataset file ready to serve, with how it was obtained. */
export interface PreparedDataset {
  key: DatasetKey
  path: string
  bytes: number
  /** Milliseconds spent generating it in this run; null when it came from the cache or the repo. */
  generatedMs: number | null
  counts: { positions: number; meetings: number; casualties: number; people: number } | null
  /** The first and third quartiles of the records' dates: "From" moves between them. */
  filterDates: [string, string] | null
}

/**
 * The first and third quartiles of the dates records happened on, read off the file's text (every
 * record's `when` starts with its date). Moving "From" between them takes about half the records
 * in or out of range; the span's quarter and half can fall where there are none (the real
 * articles' records sit in Oct-Nov 2024 of a span that starts in Oct 2023).
 */
function recordDateQuartiles(path: string): [string, string] | null {
  const text = readFileSync(path, 'utf8')
  const dates = [...text.matchAll(/"when":\{"date":"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!)
  if (dates.length < 4) return null
  dates.sort()
  const [q1, q3] = [
    dates[Math.floor(dates.length / 4)]!,
    dates[Math.floor((dates.length * 3) / 4)]!,
  ]
  return q1 < q3 ? [q1, q3] : null
}

// A cached file is reused only if the code that generates it is unchanged.
const GENERATOR_FILES = [
  'scripts/synthetic.ts',
  'scripts/generate-dataset.ts',
  'src/dataset/derive.ts',
  'src/dataset/schema.ts',
  'src/dataset/dataset-schema.ts',
  'src/dataset/layout.ts',
]

function generatorHash(root: string): string {
  const h = createHash('sha256')
  for (const f of GENERATOR_FILES)
    if (existsSync(join(root, f))) h.update(f).update(readFileSync(join(root, f)))
  return h.digest('hex').slice(0, 12)
}

const realDatasetPath = (root: string) => join(root, 'public', 'data', 'dataset.json')

/** Writes public/data/dataset.json from the articles and annotations (`npm run data`). */
export function buildRealDataset(root: string): void {
  run(root, ['npm', 'run', 'data'], 'npm run data')
}

/**
 * The real dataset (public/data/dataset.json, built with `npm run data` if missing) or a synthetic
 * one cached in bench/out keyed by scale and seed. Generation runs in a child process with a big
 * heap so x1000 (about 200 MB of JSON) neither bloats nor crashes the bench itself.
 */
export function prepareDataset(root: string, key: DatasetKey, seed: number): PreparedDataset {
  const scale = scaleOf(key)
  if (scale === null) {
    const path = realDatasetPath(root)
    if (!existsSync(path)) buildRealDataset(root)
    const filterDates = recordDateQuartiles(path)
    return { key, path, bytes: statSync(path).size, generatedMs: null, counts: null, filterDates }
  }
  const path = join(root, 'bench', 'out', `dataset-x${scale}-seed${seed}.json`)
  const metaPath = `${path}.meta.json`
  const hash = generatorHash(root)
  const meta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as {
        hash?: string
        counts?: PreparedDataset['counts']
        filterDates?: PreparedDataset['filterDates']
      })
    : {}
  if (existsSync(path) && meta.hash === hash) {
    const filterDates = meta.filterDates ?? recordDateQuartiles(path)
    if (!meta.filterDates) writeFileSync(metaPath, JSON.stringify({ ...meta, filterDates }))
    return {
      key,
      path,
      bytes: statSync(path).size,
      generatedMs: null,
      counts: meta.counts ?? null,
      filterDates,
    }
  }

  console.error(`generating ${key} (seed ${seed}) into ${path} ...`)
  rmSync(metaPath, { force: true })
  const started = performance.now()
  const stderr = run(
    root,
    [
      process.execPath,
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      'scripts/generate-dataset.ts',
      '--scale',
      String(scale),
      '--seed',
      String(seed),
      '--out',
      path,
    ],
    `generate ${key}`,
  )
  const generatedMs = performance.now() - started
  const m = /(\d+) people, (\d+) meetings, (\d+) positions, (\d+) figures/.exec(stderr)
  const counts = m
    ? {
        people: Number(m[1]),
        meetings: Number(m[2]),
        positions: Number(m[3]),
        casualties: Number(m[4]),
      }
    : null
  const filterDates = recordDateQuartiles(path)
  writeFileSync(metaPath, JSON.stringify({ hash, seed, scale, counts, generatedMs, filterDates }))
  return { key, path, bytes: statSync(path).size, generatedMs, counts, filterDates }
}

/** Times `buildDataset` on a synthetic authoring tree of `scale` (written once into bench/out). */
export function timeDatasetBuild(
  root: string,
  scale: number,
  seed: number,
): { ms: number | null; error?: string } {
  const tree = join(root, 'bench', 'out', `tree-x${scale}-seed${seed}`)
  rmSync(tree, { recursive: true, force: true })
  writeAnnotationTree(tree, scale, seed)
  const started = performance.now()
  const result = buildDataset({ root: tree, outDir: join(tree, 'out'), builtAt: null })
  const ms = performance.now() - started
  if (!result.ok)
    return {
      ms: null,
      error: `build refused the synthetic tree: ${result.messages.slice(0, 3).join('; ')}`,
    }
  return { ms }
}

function run(cwd: string, [cmd, ...args]: string[], label: string): string {
  const result = spawnSync(cmd!, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`)
  return result.stderr
}
