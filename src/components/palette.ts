import type { Stance } from '../dataset/schema'

/** Colours per actor for the built-in dataset; other ids get a stable colour from the fallback ring. */
const ACTOR_COLOURS: Record<string, string> = {
  israel: '#2563c9',
  hezbollah: '#b8860b',
  lebanon: '#2e8b57',
  us: '#b22234',
  hamas: '#7b3294',
  egypt: '#a0522d',
  'un-security-council': '#4a6d8c',
  unicef: '#1c9cc4',
  'south-korea': '#c51b7d',
}
const FALLBACK = ['#6a51a3', '#d95f02', '#1b9e77', '#e7298a', '#66a61e', '#a6761d', '#666666']

/** A colour for an actor id (grey for none). */
export function actorColour(actor: string | null | undefined): string {
  if (!actor) return '#777777'
  const known = ACTOR_COLOURS[actor]
  if (known) return known
  let h = 0
  for (const ch of actor) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return FALLBACK[h % FALLBACK.length]!
}

/** Icon and wording per stance, so colour is never the only cue. */
export const STANCE_STYLE: Record<Stance, { icon: string; label: string; cssVar: string }> = {
  supports: { icon: '✔', label: 'supports', cssVar: 'var(--supports)' },
  conditional: { icon: '◐', label: 'conditional', cssVar: 'var(--conditional)' },
  ambiguous: { icon: '?', label: 'ambiguous', cssVar: 'var(--ambiguous)' },
  opposes: { icon: '✖', label: 'opposes', cssVar: 'var(--opposes)' },
}
