import { useSyncExternalStore } from 'react'
import { DARK, LIGHT, type Theme } from './theme'

let query: MediaQueryList | null | undefined

/**
 * The `prefers-color-scheme: dark` query, created once: the hook reads it on every render
 * (useSyncExternalStore's snapshot), and a new MediaQueryList each time cost more than the read.
 */
function darkSchemeQuery(): MediaQueryList | null {
  if (query === undefined)
    query =
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null
  return query
}

/** Dark when the system asks for it, unless an export has forced light (see lib/export/capture). */
function isDark(): boolean {
  return !!darkSchemeQuery()?.matches && document.documentElement.dataset.theme !== 'light'
}

function subscribe(onChange: () => void): () => void {
  const media = darkSchemeQuery()
  media?.addEventListener('change', onChange)
  const observer = typeof MutationObserver !== 'undefined' ? new MutationObserver(onChange) : null
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => {
    media?.removeEventListener('change', onChange)
    observer?.disconnect()
  }
}

/**
 * The palette for SVG attributes and canvas drawing, following both the system colour scheme and
 * the `data-theme="light"` an export sets, so an exported image never mixes the two themes.
 */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT
}
