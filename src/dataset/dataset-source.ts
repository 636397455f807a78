/** `?dataset=` values: an http(s) URL or a same-site path, or `local:NAME` for a file opened from disk. */
export function isDatasetParam(value: string): boolean {
  if (value.startsWith('local:')) return value.length > 6
  if (value.startsWith('/') && !value.startsWith('//')) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
