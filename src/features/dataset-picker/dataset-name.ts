import { DatasetLoadError } from '../../dataset/load-error'
import type { Provenance } from '../../dataset/provenance'

/**
 * The name the header gives a dataset: a file's name; a same-site path as it is; anything from
 * another site with its full origin, so a reader sees who supplied the data.
 */
export function datasetName(p: Provenance, here: string = location.origin): string {
  if (p.kind !== 'link') return p.kind === 'file' ? p.origin : 'built-in'
  const url = new URL(p.origin)
  return url.origin === here ? `${url.pathname}${url.search}` : url.href
}

/** Any failure as a load error, so none goes unshown. */
export function asLoadError(e: Error, file: string): DatasetLoadError {
  return e instanceof DatasetLoadError
    ? e
    : new DatasetLoadError(file, `${file} could not be loaded: ${e.message}`, [], true)
}
