/**
 * Where a dataset on screen came from, named by what was actually loaded: the SHA-256 of its
 * bytes, never the `version` a file asserts about itself (decision 018).
 */
export interface Provenance {
  /** `built-in`: this site's own file; `link`: a `?dataset=` URL; `file`: opened from disk. */
  kind: 'built-in' | 'link' | 'file'
  /** The absolute URL, or the file's name. */
  origin: string
  /** The first 12 hex digits of the SHA-256 of the bytes loaded. */
  hash: string
}

/** Digits of the content hash shown: as many as the build's `version`, enough to tell files apart. */
export const SHOWN_HASH_DIGITS = 12

/** "imported from https://host/x.json, content SHA-256 ab12…": one line for headers, prints and captions. */
function provenanceLabel(p: Provenance): string {
  const content = `content SHA-256 ${p.hash}`
  if (p.kind === 'built-in') return `the built-in dataset, ${content}`
  if (p.kind === 'file') return `imported from the file “${p.origin}”, ${content}`
  return `imported from ${p.origin}, ${content}`
}

/** The dataset line of a caption, a print or the about page; a build date only for the built-in file. */
export function datasetLine(p: Provenance, builtAt: string | null): string {
  const built = p.kind === 'built-in' && builtAt ? `, built ${builtAt.slice(0, 10)}` : ''
  return `Blueline dataset: ${provenanceLabel(p)}${built}`
}
