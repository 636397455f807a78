import { readFileSync } from 'node:fs'
import type { LoadedDataset } from '../dataset/dataset-schema'
import { deriveViews } from '../dataset/derive'
import { validateAnnotations } from '../dataset/validate'
import { join } from 'node:path'
import { ANNOTATION_COLLECTIONS, type Collection } from '../dataset/collections'

const root = join(import.meta.dirname, '..', '..')
type Raw = { title: string } & Record<Collection, Record<string, unknown>[]>

/** A fresh, mutable copy of the real annotations and source texts, for tests that corrupt them. */
export function loadRealAnnotations() {
  const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as unknown
  const raw: Record<string, unknown> = {
    title: (read('data/annotations/meta.json') as { title: string }).title,
    sources: read('data/sources/sources.json'),
  }
  for (const c of ANNOTATION_COLLECTIONS) raw[c] = read(`data/annotations/${c}.json`)
  const texts = new Map<string, string>()
  for (const s of raw.sources as { id: string; file: string }[]) {
    texts.set(s.id, readFileSync(join(root, 'data', 'sources', s.file), 'utf8'))
  }
  // The tests below mutate records freely; this cast is the one place they are typed loosely.
  return { raw: raw as Raw, texts }
}

/** The real dataset as the app sees it, built in memory (no files written). */
export function loadRealDataset(): LoadedDataset {
  const { raw, texts } = loadRealAnnotations()
  const result = validateAnnotations(raw, texts)
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'))
  const a = result.value
  return {
    ...a,
    schemaVersion: 2,
    version: 'test',
    builtAt: null,
    sources: a.sources.map((s) => ({ ...s, text: texts.get(s.id)! })),
    derived: deriveViews(a),
    provenance: { kind: 'built-in', origin: 'test', hash: 'test' },
  }
}

/** `d` padded with copies of one position up to `records` dated records in all. */
export function paddedDataset(d: LoadedDataset, records: number): LoadedDataset {
  const others = d.meetings.length + d.casualties.length + d.events.length
  const positions = Array.from({ length: records - others }, () => d.positions[0]!)
  return { ...d, positions }
}
