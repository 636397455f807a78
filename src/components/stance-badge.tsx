import type { Stance } from '../dataset/schema'
import { STANCE_STYLE } from './palette'

/**
 * A stance as icon plus word, coloured; readable without colour. An implied stance (codebook
 * R-implied) gets a dashed box and the word "implied", so it never reads as one said in words.
 */
export function StanceBadge({ stance, implied = false }: { stance: Stance; implied?: boolean }) {
  const s = STANCE_STYLE[stance]
  return (
    <span
      className={implied ? 'stance-badge is-implied' : 'stance-badge'}
      style={{ color: s.cssVar }}
    >
      <span aria-hidden="true">{s.icon}</span> {s.label}
      {implied ? ' (implied)' : null}
    </span>
  )
}
