/**
 * The dataset build: validates data/annotations against the schema, checks every quote is
 * verbatim in its source, and writes public/data/dataset.json and dataset.schema.json.
 * Data goes to files, messages to stderr; any problem means a non-zero exit and no output.
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { datasetSchema, type Dataset } from '../src/dataset/dataset-schema'
import { deriveViews } from '../src/dataset/derive'
import { validateAnnotations } from '../src/dataset/validate'
import { formatProblem } from '../src/dataset/problems'
import { SCHEMA_VERSION } from '../src/dataset/migrate'
import { ANNOTATION_COLLECTIONS } from '../src/dataset/collections'
import type { Problem } from '../src/dataset/verify'

export interface BuildOptions {
  root: string
  outDir?: string
  /** Fixed build time; defaults to SOURCE_DATE_EPOCH, then the last commit touching the inputs. */
  builtAt?: string | null
}

export type BuildResult =
  { ok: true; dataset: Dataset; files: string[] } | { ok: false; messages: string[] }

class InputError extends Error {}

function readJson(path: string, root: string): unknown {
  const rel = relative(root, path)
  if (!existsSync(path)) throw new InputError(`${rel}: file is missing`)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (e) {
    throw new InputError(`${rel}: not valid JSON (${(e as Error).message})`)
  }
}

function defaultBuiltAt(root: string): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString()
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'data', 'src/dataset'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    return out ? new Date(out).toISOString() : null
  } catch {
    return null
  }
}

/** Builds the dataset in memory and, when every check passes, writes it. */
export function buildDataset(options: BuildOptions): BuildResult {
  const root = resolve(options.root)
  const annotationsDir = join(root, 'data', 'annotations')
  const sourcesDir = join(root, 'data', 'sources')
  const fileOf = (collection: string) =>
    collection === 'sources'
      ? 'data/sources/sources.json'
      : collection === 'title'
        ? 'data/annotations/meta.json'
        : `data/annotations/${collection}.json`

  let raw: Record<string, unknown>
  const texts = new Map<string, string>()
  try {
    const meta = readJson(join(annotationsDir, 'meta.json'), root)
    raw = {
      title: (meta as { title?: unknown } | null)?.title,
      sources: readJson(join(sourcesDir, 'sources.json'), root),
    }
    for (const c of ANNOTATION_COLLECTIONS)
      raw[c] = readJson(join(annotationsDir, `${c}.json`), root)
  } catch (e) {
    if (e instanceof InputError) return { ok: false, messages: [e.message] }
    throw e
  }
  if (Array.isArray(raw.sources)) {
    for (const s of raw.sources as { id?: unknown; file?: unknown }[]) {
      if (typeof s?.id !== 'string' || typeof s.file !== 'string' || s.file.includes('/')) continue
      const path = join(sourcesDir, s.file)
      if (existsSync(path)) texts.set(s.id, readFileSync(path, 'utf8'))
    }
  }

  const result = validateAnnotations(raw, texts)
  if (!result.ok)
    return {
      ok: false,
      messages: result.problems.map((p: Problem) => formatProblem(p, fileOf(p.collection))),
    }

  const a = result.value
  const body = {
    schemaVersion: SCHEMA_VERSION,
    ...a,
    sources: a.sources.map((s) => ({ ...s, text: texts.get(s.id) ?? '' })),
    derived: deriveViews(a),
  }
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12)
  const builtAt = options.builtAt !== undefined ? options.builtAt : defaultBuiltAt(root)
  const dataset = datasetSchema.parse({ ...body, version, builtAt })

  const outDir = options.outDir ?? join(root, 'public', 'data')
  mkdirSync(outDir, { recursive: true })
  const outputs: [string, string][] = [
    ['dataset.json', JSON.stringify(dataset) + '\n'],
    [
      'dataset.schema.json',
      JSON.stringify(z.toJSONSchema(datasetSchema, { io: 'input' }), null, 2) + '\n',
    ],
  ]
  // Write beside, then rename: a reader never sees a half-written file.
  for (const [name, content] of outputs) {
    const target = join(outDir, name)
    writeFileSync(`${target}.tmp`, content)
    renameSync(`${target}.tmp`, target)
  }
  return { ok: true, dataset, files: outputs.map(([name]) => join(outDir, name)) }
}

function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
  const started = performance.now()
  const result = buildDataset({ root })
  if (!result.ok) {
    console.error(
      `Dataset build failed with ${result.messages.length} problem(s); nothing was written.`,
    )
    for (const m of result.messages) console.error(`  ${m}`)
    process.exit(1)
  }
  const d = result.dataset
  const counts = `${d.positions.length} positions, ${d.casualties.length} casualty figures, ${d.meetings.length} meetings, ${d.events.length} events, ${d.disputes.length} disputes`
  console.error(
    `Dataset ${d.version}: ${counts} from ${d.sources.length} sources (${Math.round(performance.now() - started)} ms)`,
  )
  for (const f of result.files) console.error(`  wrote ${relative(root, f)}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
