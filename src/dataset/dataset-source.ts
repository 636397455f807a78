/**
 * The address a `?dataset=` value names, resolved as the browser will fetch it, or null when it is
 * not one Blueline opens: an https address on any site, or anything that resolves to this site.
 * Parsing with the URL parser and comparing origins is what catches `/\host/x.json` and
 * `/%09/host/x.json`, which look like paths but are fetched from `host` (issue 17).
 */
export function datasetUrl(value: string, here: string = siteOrigin()): URL | null {
  let url: URL
  try {
    url = new URL(value, here)
  } catch {
    return null
  }
  if (url.origin === here) return url
  // Another site only by an explicit https address; plain http is refused by the security policy too.
  return url.protocol === 'https:' && /^https:\/\//i.test(value) ? url : null
}

/** This page's origin; a fixed one where there is no page (unit tests in Node). */
const siteOrigin = () => globalThis.location?.origin ?? 'http://localhost'

/** `?dataset=` values: a valid `datasetUrl`, or `local:NAME` for a file opened from disk. */
export function isDatasetParam(value: string, here?: string): boolean {
  if (value.startsWith('local:')) return value.length > 6
  return datasetUrl(value, here) !== null
}
