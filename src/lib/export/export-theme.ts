import { darkSchemeQuery } from '../dark-scheme'

/** Colours an exported image is drawn in: fixed values, never read from the page's CSS at export time. */
export interface ExportTheme {
  name: 'light' | 'dark'
  bg: string
  bgSoft: string
  fg: string
  fgSoft: string
  border: string
  accent: string
  disputed: string
  /** A colour per stance, as the matrix draws it (keys are the dataset's stance names). */
  stance: { supports: string; conditional: string; ambiguous: string; opposes: string }
}

// The same values as the :root variables in src/app/styles.css.
const LIGHT: ExportTheme = {
  name: 'light',
  bg: '#ffffff',
  bgSoft: '#f4f6f9',
  fg: '#1a1f29',
  fgSoft: '#4a5263',
  border: '#d5dae3',
  accent: '#1f5fbf',
  disputed: '#b3261e',
  stance: { supports: '#1b62a8', conditional: '#8a5a00', ambiguous: '#5f6673', opposes: '#b3261e' },
}
const DARK: ExportTheme = {
  name: 'dark',
  bg: '#12161d',
  bgSoft: '#1c222c',
  fg: '#e7eaf0',
  fgSoft: '#aab2c0',
  border: '#333b48',
  accent: '#7fb0ff',
  disputed: '#ff7b6b',
  stance: { supports: '#5aa9e6', conditional: '#e0a84f', ambiguous: '#9aa1ad', opposes: '#ff7b6b' },
}

export type ThemeChoice = 'light' | 'screen'

/** Light unless the user asked for the screen's theme and the screen is dark. */
export function exportTheme(choice: ThemeChoice, dark = !!darkSchemeQuery()?.matches): ExportTheme {
  return choice === 'screen' && dark ? DARK : LIGHT
}
