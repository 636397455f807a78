import { actorColour } from '../../components/palette'

export const MARKER_SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
  'pentagon',
  'cross',
  'star',
  'bowtie',
] as const
export type MarkerShape = (typeof MARKER_SHAPES)[number]

export interface ClaimantStyle {
  colour: string
  shape: MarkerShape
}

/** Mid-tone colours readable on both the light and the dark background, for claimants past the actor colours. */
const EXTRA_COLOURS = [
  '#d95f02',
  '#8e6bd1',
  '#e7298a',
  '#8c6d1f',
  '#7a8599',
  '#0f9d8a',
  '#5f9e1e',
  '#c0392b',
  '#b5568f',
  '#3f7fbf',
]

/**
 * A colour and a shape per claimant label, both unique while there are enough of them: a claimant
 * speaking for an actor takes that actor's colour unless another claimant already has it.
 * Styles are assigned over the whole list given, so filtering the chart never repaints a claimant.
 */
export function claimantStyles(
  claimants: readonly { label: string; actor: string | null }[],
): Map<string, ClaimantStyle> {
  const unique = [...new Map(claimants.map((c) => [c.label, c])).values()].sort((a, b) =>
    a.label.localeCompare(b.label),
  )
  const used = new Set<string>()
  const styles = new Map<string, ClaimantStyle>()
  unique.forEach((c, i) => {
    let colour = c.actor ? actorColour(c.actor) : null
    if (!colour || used.has(colour))
      colour = EXTRA_COLOURS.find((x) => !used.has(x)) ?? EXTRA_COLOURS[i % EXTRA_COLOURS.length]!
    used.add(colour)
    styles.set(c.label, { colour, shape: MARKER_SHAPES[i % MARKER_SHAPES.length]! })
  })
  return styles
}

const polygon = (cx: number, cy: number, r: number, n: number, rotate: number) =>
  Array.from({ length: n }, (_, k) => {
    const a = rotate + (2 * Math.PI * k) / n
    return `${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`
  })

/** An SVG path for a marker of radius r centred on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const closed = (pts: string[]) => `M${pts.join('L')}Z`
  const up = -Math.PI / 2
  switch (shape) {
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
    case 'square':
      return closed(polygon(cx, cy, r * 1.2, 4, Math.PI / 4))
    case 'diamond':
      return closed(polygon(cx, cy, r * 1.25, 4, 0))
    case 'triangle':
      return closed(polygon(cx, cy + r * 0.2, r * 1.3, 3, up))
    case 'triangle-down':
      return closed(polygon(cx, cy - r * 0.2, r * 1.3, 3, -up))
    case 'hexagon':
      return closed(polygon(cx, cy, r * 1.1, 6, 0))
    case 'pentagon':
      return closed(polygon(cx, cy, r * 1.15, 5, up))
    case 'cross': {
      const [a, b] = [r * 0.4, r * 1.1]
      return `M${cx - a},${cy - b}h${2 * a}v${b - a}h${b - a}v${2 * a}h${a - b}v${b - a}h${-2 * a}v${a - b}h${a - b}v${-2 * a}h${b - a}Z`
    }
    case 'star': {
      const outer = polygon(cx, cy, r * 1.35, 5, up)
      const inner = polygon(cx, cy, r * 0.6, 5, up + Math.PI / 5)
      return closed(outer.flatMap((p, k) => [p, inner[k]!]))
    }
    case 'bowtie':
      return `M${cx - r},${cy - r}L${cx + r},${cy + r}L${cx + r},${cy - r}L${cx - r},${cy + r}Z`
  }
}
