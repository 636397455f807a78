import { DARK, LIGHT, type Theme } from '../theme'

/**
 * Colours an exported image is drawn in: the app's shared palettes (lib/theme.ts) and the stance
 * colours of styles.css, as fixed values, never read from the page's CSS at export time.
 */
export interface ExportTheme extends Theme {
  name: 'light' | 'dark'
  /** A colour per stance, as the matrix draws it (keys are the dataset's stance names). */
  stance: { supports: string; conditional: string; ambiguous: string; opposes: string }
}

const LIGHT_EXPORT: ExportTheme = {
  ...LIGHT,
  name: 'light',
  stance: { supports: '#1b62a8', conditional: '#8a5a00', ambiguous: '#5f6673', opposes: '#b3261e' },
}
const DARK_EXPORT: ExportTheme = {
  ...DARK,
  name: 'dark',
  stance: { supports: '#5aa9e6', conditional: '#e0a84f', ambiguous: '#9aa1ad', opposes: '#ff7b6b' },
}

export type ThemeChoice = 'light' | 'screen'

const systemDark = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-color-scheme: dark)').matches

/** Light unless the user asked for the screen's theme and the screen is dark. */
export function exportTheme(choice: ThemeChoice, dark = systemDark()): ExportTheme {
  return choice === 'screen' && dark ? DARK_EXPORT : LIGHT_EXPORT
}
