import { useSyncExternalStore } from 'react'
import { darkSchemeQuery } from '../../lib/dark-scheme'

/** Explicit colours for the SVG, so a serialised copy looks the same outside the page's CSS. */
export interface SvgTheme {
  text: string
  halo: string
  edge: string
  edgeActive: string
  select: string
  focus: string
  nodeRim: string
}

// Mirrors --fg, --bg, --focus and --accent in src/app/styles.css for each scheme.
const LIGHT: SvgTheme = {
  text: '#1a1f29',
  halo: '#ffffff',
  edge: '#7d8696',
  edgeActive: '#1a1f29',
  select: '#1f5fbf',
  focus: '#c2410c',
  nodeRim: '#ffffff',
}
const DARK: SvgTheme = {
  text: '#e7eaf0',
  halo: '#12161d',
  edge: '#7a8394',
  edgeActive: '#e7eaf0',
  select: '#7fb0ff',
  focus: '#ffa657',
  nodeRim: '#12161d',
}

function isDark(): boolean {
  // Exports force light by setting data-theme="light" on the root element.
  return !!darkSchemeQuery()?.matches && document.documentElement.dataset.theme !== 'light'
}

function subscribe(onChange: () => void): () => void {
  const mq = darkSchemeQuery()
  mq?.addEventListener('change', onChange)
  const observer = typeof MutationObserver !== 'undefined' ? new MutationObserver(onChange) : null
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => {
    mq?.removeEventListener('change', onChange)
    observer?.disconnect()
  }
}

/** The SVG palette for the current colour scheme, updating when the scheme or forced theme changes. */
export function useSvgTheme(): SvgTheme {
  return useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT
}
