import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { MatrixView } from '../../../dataset/select/matrix'
import { cellSignature } from '../../../dataset/select/matrix'
import { useFilters } from '../../../url-state/use-url-state'
import { nextGridPos, type GridPos } from '../grid-navigation'
import { CELL_PITCH, WINDOW_THRESHOLD_CELLS } from '../grid-window'
import { useGridWindow } from '../use-grid-window'
import { clip } from '../../../lib/clip'
import { useMarkFlags } from '../../../components/use-mark-flags'
import { MatrixRow, spacerCell, type GridHandlers } from './matrix-row'

const spacerRow = (rows: number) =>
  rows > 0 ? (
    <tr
      aria-hidden="true"
      className="matrix-spacer"
      data-export-skip
      style={{ height: rows * CELL_PITCH.row - 2 }}
    >
      <td />
    </tr>
  ) : null

/**
 * The actor x issue grid: one button per cell, arrow keys move between cells (roving tabindex).
 * A large grid scrolls inside its frame with sticky headers and draws only the cells in view;
 * aria-rowcount/colcount and the row and column indexes tell assistive technology the full size.
 */
export function MatrixGrid({ matrix }: { matrix: MatrixView }) {
  const { filters, update } = useFilters()
  const flagger = useMarkFlags()
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 })
  const table = useRef<HTMLTableElement>(null)
  const rows = matrix.actors.length
  const cols = matrix.issues.length
  const windowed = rows * cols > WINDOW_THRESHOLD_CELLS
  const { scroller, onScroll, window: win, reveal } = useGridWindow(windowed, rows, cols)
  const pendingFocus = useRef<GridPos | null>(null)

  const focusPos = (pos: GridPos) =>
    table.current?.querySelector<HTMLButtonElement>(`[data-pos="${pos.row}-${pos.col}"]`)?.focus()

  const handlers = useRef<GridHandlers>(null!)
  // Rows read the handlers through the ref, so they always see this render's filter.
  useLayoutEffect(() => {
    handlers.current = {
      toggleActor: (id) => update(({ actor }) => ({ actor: actor === id ? null : id })),
      selectCell: (actorId, issueId) => {
        const cell = `cell:${actorId}:${issueId}`
        update(({ sel }) => ({ sel: sel === cell ? null : cell, person: null }))
      },
      focusCell: setActive,
      keyDown: (e, pos) => {
        const next = nextGridPos(pos, e.key, e.ctrlKey || e.metaKey, rows, cols)
        if (!next) return
        e.preventDefault()
        setActive(next)
        reveal(next.row, next.col)
        // A cell outside the drawn slice gets focus once the scroll has brought it in.
        pendingFocus.current = next
        focusPos(next)
      },
    }
  }, [update, filters.actor, filters.sel, rows, cols, reveal])
  useLayoutEffect(() => {
    const pending = pendingFocus.current
    if (pending && table.current?.querySelector(`[data-pos="${pending.row}-${pending.col}"]`)) {
      pendingFocus.current = null
      focusPos(pending)
    }
  })

  const issues = useMemo(
    () => matrix.issues.slice(win.colStart, win.colEnd),
    [matrix.issues, win.colStart, win.colEnd],
  )
  const before = win.colStart
  const after = cols - win.colEnd
  const [selActor, selIssue] = filters.sel?.startsWith('cell:')
    ? filters.sel.split(':').slice(1)
    : []

  const grid = (
    <table
      ref={table}
      role="grid"
      className={`matrix-grid${windowed ? ' is-windowed' : ''}`}
      aria-label="Stances of each actor on each issue"
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
    >
      <thead>
        <tr aria-rowindex={1}>
          <td className="matrix-corner" />
          {spacerCell(before)}
          {issues.map((issue, i) => (
            <th
              key={issue.id}
              scope="col"
              aria-colindex={win.colStart + i + 2}
              className={filters.issue === issue.id ? 'is-focused' : undefined}
            >
              <button
                type="button"
                className="matrix-col-head"
                aria-pressed={filters.issue === issue.id}
                aria-label={issue.label}
                title={`${clip(issue.label, 2000)}: ${clip(issue.description, 2000)}`}
                onClick={() =>
                  update(({ issue: focused }) => ({
                    issue: focused === issue.id ? null : issue.id,
                  }))
                }
              >
                {clip(issue.label)}
              </button>
            </th>
          ))}
          {spacerCell(after)}
        </tr>
      </thead>
      <tbody>
        {spacerRow(win.rowStart)}
        {matrix.actors.slice(win.rowStart, win.rowEnd).map((actor, i) => {
          const row = win.rowStart + i
          const cells = issues.map((issue) => matrix.cell(actor.id, issue.id))
          // A cell is flagged by every position up to the end of the range, as its evidence lists.
          const flags = cells.map((c) => flagger.flags(c.history.map((p) => p.id)))
          const selectedCol =
            selActor === actor.id ? win.colStart + issues.findIndex((x) => x.id === selIssue) : -1
          const activeCol = active.row === row ? active.col : -1
          const actorFocused = filters.actor === actor.id
          const signature = [
            cells.map(cellSignature).join('|'),
            flags.map((f) => f.note).join('|'),
            selectedCol,
            activeCol,
            actorFocused,
            filters.issue,
          ].join('/')
          return (
            <MatrixRow
              key={actor.id}
              actor={actor}
              row={row}
              issues={issues}
              colStart={win.colStart}
              before={before}
              after={after}
              cells={cells}
              flags={flags}
              selectedCol={selectedCol < win.colStart ? -1 : selectedCol}
              activeCol={activeCol}
              actorFocused={actorFocused}
              focusedIssue={filters.issue}
              signature={signature}
              handlers={handlers}
            />
          )
        })}
        {spacerRow(rows - win.rowEnd)}
      </tbody>
    </table>
  )
  return windowed ? (
    <>
      <p className="matrix-window-note">
        {rows} actors × {cols} issues: scroll inside the grid or move with the arrow keys. An image
        export shows the rows and columns drawn around the view; CSV and JSON hold every cell.
      </p>
      {/* data-export-unclip: the exported copy shows every drawn row, not just the scrolled view. */}
      <div ref={scroller} className="matrix-scroll" onScroll={onScroll} data-export-unclip>
        {grid}
      </div>
    </>
  ) : (
    grid
  )
}
