import { slideTo } from '../../lib/key-steps'

/** A cell position in the matrix grid. */
export interface GridPos {
  row: number
  col: number
}

const ACROSS = { ArrowRight: 1, ArrowLeft: -1 }
const DOWN = { ArrowDown: 1, ArrowUp: -1 }

/**
 * Where focus goes for a key in the grid pattern (arrows, Home/End in a row, Ctrl+Home/End for
 * the corners); null when the key is not a grid key. The shared key map moves along each axis.
 */
export function nextGridPos(
  pos: GridPos,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPos | null {
  const along = (v: number, max: number, steps: Record<string, number>) =>
    slideTo(
      key,
      v,
      { min: 0, max: max - 1 },
      (at, s) => Math.max(0, Math.min(max - 1, at + s)),
      steps,
    )
  if (ctrl && (key === 'Home' || key === 'End'))
    return key === 'Home' ? { row: 0, col: 0 } : { row: rows - 1, col: cols - 1 }
  const col = along(pos.col, cols, ACROSS)
  if (col !== null) return { row: pos.row, col }
  const row = key in DOWN ? along(pos.row, rows, DOWN) : null
  return row === null ? null : { row, col: pos.col }
}
