/**
 * Explicit colours for SVG attributes and canvas drawing, so an exported image keeps them without
 * the page's CSS. Each key but `edge` mirrors a variable in src/app/styles.css (see THEME_VARS).
 */
export interface Theme {
  bg: string
  bgSoft: string
  fg: string
  fgSoft: string
  border: string
  accent: string
  focus: string
  highlight: string
  disputed: string
  /** The meeting graph's resting edge: a grey between fg and bg that CSS has no variable for. */
  edge: string
}

/** The CSS variable each theme colour mirrors (a unit test holds the palettes to styles.css). */
export const THEME_VARS: Record<Exclude<keyof Theme, 'edge'>, string> = {
  bg: '--bg',
  bgSoft: '--bg-soft',
  fg: '--fg',
  fgSoft: '--fg-soft',
  border: '--border',
  accent: '--accent',
  focus: '--focus',
  highlight: '--highlight',
  disputed: '--opposes',
}

/** The light palette: the page's default, and what every "Light" export uses. */
export const LIGHT: Theme = {
  bg: '#ffffff',
  bgSoft: '#f4f6f9',
  fg: '#1a1f29',
  fgSoft: '#4a5263',
  border: '#d5dae3',
  accent: '#1f5fbf',
  focus: '#c2410c',
  highlight: '#fff1a8',
  disputed: '#b3261e',
  edge: '#7d8696',
}

/** The dark palette, used when the system asks for dark and no export forces light. */
export const DARK: Theme = {
  bg: '#12161d',
  bgSoft: '#1c222c',
  fg: '#e7eaf0',
  fgSoft: '#aab2c0',
  border: '#333b48',
  accent: '#7fb0ff',
  focus: '#ffa657',
  highlight: '#5c4d00',
  disputed: '#ff7b6b',
  edge: '#7a8394',
}
