import type { Stance } from '../dataset/schema'
import { STANCE_STYLE } from './palette'

/** A stance as icon plus word, coloured; readable without colour. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const s = STANCE_STYLE[stance]
  return (
    <span className="stance-badge" style={{ color: s.cssVar }}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  )
}
