import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate'
import { COLLECTIONS } from './entries'
import type { MergedAnnotations } from './merge'

/** Where each collection lives in the repository (data/annotations/meta.json holds the title). */
export const pathOf = (collection: string) =>
  collection === 'sources' ? 'data/sources/sources.json' : `data/annotations/${collection}.json`
const META_PATH = 'data/annotations/meta.json'

/**
 * Prettier's own JSON formatting, as the repository's files have it (`npx prettier --check .`
 * passes on them). Loaded on first download only: it is about 170 KiB gzipped.
 */
async function formatJson(value: unknown): Promise<string> {
  const [prettier, babel, estree] = await Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/babel'),
    import('prettier/plugins/estree'),
  ])
  return prettier.format(JSON.stringify(value), {
    parser: 'json',
    printWidth: 100,
    plugins: [babel, estree],
  })
}

/**
 * The repository files that hold the merged annotations: every collection's JSON, sources.json,
 * and the text of each article the workspace added. The published articles' texts are left out:
 * a clone already has them, byte for byte, and they are never edited.
 */
export async function annotationFiles(merged: MergedAnnotations): Promise<Map<string, string>> {
  const a = merged.annotations
  const files = new Map<string, string>()
  files.set(META_PATH, await formatJson({ title: a.title }))
  for (const c of COLLECTIONS) files.set(pathOf(c), await formatJson(a[c]))
  for (const s of a.sources) {
    const st = merged.status.get(s.id)
    if (st?.status === 'new' || st?.status === 'edited')
      files.set(`data/sources/${s.file}`, merged.texts.get(s.id) ?? '')
  }
  return files
}

/** A zip of `files` (paths as in the repository), for unzipping at a clone's root. */
export function zipFiles(files: Map<string, string>): Uint8Array {
  // A fixed time keeps the same annotations' zip byte-identical.
  const mtime = new Date('2024-01-01T00:00:00Z')
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {}
  for (const [path, text] of [...files].sort(([x], [y]) => x.localeCompare(y)))
    entries[path] = [strToU8(text), { mtime }]
  return zipSync(entries, { level: 6 })
}

/** The text files of a zip, by path; throws with a plain message when it is not a zip. */
export function unzipFiles(bytes: Uint8Array): Map<string, string> {
  let raw: Record<string, Uint8Array>
  try {
    raw = unzipSync(bytes)
  } catch (e) {
    throw new Error(`it is not a zip file, or it is damaged (${(e as Error).message})`, {
      cause: e,
    })
  }
  const files = new Map<string, string>()
  for (const [path, data] of Object.entries(raw)) {
    if (path.endsWith('/')) continue
    // A zip made by zipping the data/ folder itself, or a folder above it, still lines up.
    const at = path.lastIndexOf('data/')
    const key = at === -1 ? path : path.slice(at)
    files.set(key, strFromU8(data))
  }
  return files
}
