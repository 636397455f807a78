/**
 * `npm run gen -- --scale N --seed S [--out FILE] [--annotations DIR]`: writes a valid synthetic
 * dataset N times the base unit (see scripts/synthetic.ts), deterministic for a seed.
 * `--annotations DIR` also writes it as an authoring tree (data/annotations, data/sources) so the
 * dataset build itself can be timed on it.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { deriveViews } from '../src/dataset/derive'
import { SCHEMA_VERSION } from '../src/dataset/migrate'
import type { Dataset } from '../src/dataset/dataset-schema'
import { generateAnnotations } from './synthetic'

/** The synthetic dataset in the published format, derived views included. */
export function generateDataset(scale: number, seed: number): Dataset {
  const { annotations, texts } = generateAnnotations(scale, seed)
  const body = {
    schemaVersion: SCHEMA_VERSION,
    ...annotations,
    sources: annotations.sources.map((s) => ({ ...s, text: texts.get(s.id)! })),
    derived: deriveViews(annotations),
  }
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12)
  return { ...body, version, builtAt: null }
}

/** Writes the authoring tree the dataset build reads. */
export function writeAnnotationTree(dir: string, scale: number, seed: number): void {
  const { annotations, texts } = generateAnnotations(scale, seed)
  const ann = join(dir, 'data', 'annotations')
  const src = join(dir, 'data', 'sources')
  mkdirSync(ann, { recursive: true })
  mkdirSync(src, { recursive: true })
  const { title, sources, ...collections } = annotations
  writeFileSync(join(ann, 'meta.json'), JSON.stringify({ title }))
  for (const [name, list] of Object.entries(collections))
    writeFileSync(join(ann, `${name}.json`), JSON.stringify(list))
  writeFileSync(join(src, 'sources.json'), JSON.stringify(sources))
  for (const s of sources) writeFileSync(join(src, s.file), texts.get(s.id)!)
}

function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      annotations: { type: 'string' },
    },
  })
  const scale = Number(values.scale)
  const seed = Number(values.seed)
  if (!(scale > 0) || !Number.isInteger(seed)) {
    console.error(
      'usage: npm run gen -- --scale N --seed S [--out FILE] [--annotations DIR]  (N > 0, S an integer)',
    )
    process.exit(2)
  }
  const started = performance.now()
  const out = resolve(values.out ?? `bench/out/dataset-x${scale}-seed${seed}.json`)
  const dataset = generateDataset(scale, seed)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(dataset))
  if (values.annotations) writeAnnotationTree(resolve(values.annotations), scale, seed)
  const n = `${dataset.people.length} people, ${dataset.meetings.length} meetings, ${dataset.positions.length} positions, ${dataset.casualties.length} figures`
  console.error(`wrote ${out}: ${n} (${Math.round(performance.now() - started)} ms)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
