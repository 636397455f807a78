let query: MediaQueryList | null | undefined

/**
 * The `prefers-color-scheme: dark` query, created once: the theme hooks read it on every render
 * (useSyncExternalStore's snapshot), and a new MediaQueryList each time cost more than the read.
 */
export function darkSchemeQuery(): MediaQueryList | null {
  if (query === undefined)
    query =
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null
  return query
}
