/** A cell position in the matrix grid. */
export interface GridPos {
  row: number
  col: number
}

/**
 * Where focus goes for a key in the grid pattern (arrows, Home/End in a row, Ctrl+Home/End for
 * the corners); null when the key is not a grid key.
 */
export function nextGridPos(
  pos: GridPos,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPos | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v))
  switch (key) {
    case 'ArrowRight':
      return { row: pos.row, col: clamp(pos.col + 1, cols) }
    case 'ArrowLeft':
      return { row: pos.row, col: clamp(pos.col - 1, cols) }
    case 'ArrowDown':
      return { row: clamp(pos.row + 1, rows), col: pos.col }
    case 'ArrowUp':
      return { row: clamp(pos.row - 1, rows), col: pos.col }
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 }
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: pos.row, col: cols - 1 }
    default:
      return null
  }
}
