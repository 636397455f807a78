import { useMemo, useSyncExternalStore } from 'react'
import { darkSchemeQuery } from '../../../lib/dark-scheme'

/** Explicit colours for SVG attributes, so an exported SVG keeps them without the page's CSS. */
export interface ChartTheme {
  bg: string
  bgSoft: string
  fg: string
  fgSoft: string
  border: string
  focus: string
  highlight: string
  disputed: string
}

const LIGHT: ChartTheme = {
  bg: '#ffffff',
  bgSoft: '#f4f6f9',
  fg: '#1a1f29',
  fgSoft: '#4a5263',
  border: '#d5dae3',
  focus: '#c2410c',
  highlight: '#fff1a8',
  disputed: '#c0392b',
}
const VARS: Record<keyof ChartTheme, string> = {
  bg: '--bg',
  bgSoft: '--bg-soft',
  fg: '--fg',
  fgSoft: '--fg-soft',
  border: '--border',
  focus: '--focus',
  highlight: '--highlight',
  disputed: '--opposes',
}
function subscribe(onChange: () => void) {
  const media = darkSchemeQuery()
  media?.addEventListener('change', onChange)
  return () => media?.removeEventListener('change', onChange)
}
const isDark = () => !!darkSchemeQuery()?.matches

/** The theme's colours read from the CSS variables once per colour scheme (light defaults when unset). */
export function useChartTheme(): ChartTheme {
  const dark = useSyncExternalStore(subscribe, isDark, () => false)
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement)
    const theme = { ...LIGHT }
    for (const key of Object.keys(VARS) as (keyof ChartTheme)[]) {
      const value = style.getPropertyValue(VARS[key]).trim()
      if (value) theme[key] = value
    }
    return theme
    // `dark` is the cache key: the variables change only when the scheme does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dark])
}
