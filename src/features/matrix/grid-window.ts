/** The slice of a large grid worth rendering: rows [rowStart, rowEnd) and columns [colStart, colEnd). */
export interface GridWindow {
  rowStart: number
  rowEnd: number
  colStart: number
  colEnd: number
}

/** Fixed cell pitch (size plus spacing, px) of a windowed grid; the stylesheet sets the same sizes. */
export const CELL_PITCH = { row: 38, col: 46 }

/**
 * Above this many cells the matrix renders only what is in view. The real dataset has about 60;
 * at x100 there are about 7,000, whose buttons alone take longer to create than a frame allows.
 */
export const WINDOW_THRESHOLD_CELLS = 1500

export interface Viewport {
  /** Scroll offsets and size of the scrolling body, in px, measured from the first cell. */
  top: number
  left: number
  height: number
  width: number
}

/** Every row and column. */
export const fullWindow = (rows: number, cols: number): GridWindow => ({
  rowStart: 0,
  rowEnd: rows,
  colStart: 0,
  colEnd: cols,
})

/**
 * The rows and columns a viewport shows, widened by `overscan` on each side so a short scroll or
 * an arrow key lands on cells that already exist.
 */
export function gridWindow(
  view: Viewport,
  rows: number,
  cols: number,
  overscan = 4,
  pitch = CELL_PITCH,
): GridWindow {
  const span = (offset: number, size: number, step: number, count: number) => {
    const first = Math.floor(Math.max(0, offset) / step)
    const last = Math.ceil((Math.max(0, offset) + Math.max(0, size)) / step)
    return [
      Math.max(0, Math.min(count, first - overscan)),
      Math.max(0, Math.min(count, last + overscan)),
    ] as const
  }
  const [rowStart, rowEnd] = span(view.top, view.height, pitch.row, rows)
  const [colStart, colEnd] = span(view.left, view.width, pitch.col, cols)
  return { rowStart, rowEnd, colStart, colEnd }
}

/** The scroll offsets that bring cell (row, col) fully into `view`, moving as little as possible. */
export function scrollToCell(
  view: Viewport,
  row: number,
  col: number,
  pitch = CELL_PITCH,
): { top: number; left: number } {
  const into = (offset: number, size: number, start: number, step: number) => {
    const end = start + step
    if (start < offset) return start
    if (end > offset + size) return Math.max(0, end - size)
    return offset
  }
  return {
    top: into(view.top, view.height, row * pitch.row, pitch.row),
    left: into(view.left, view.width, col * pitch.col, pitch.col),
  }
}
