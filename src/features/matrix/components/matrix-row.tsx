import { memo, type CSSProperties, type KeyboardEvent, type RefObject } from 'react'
import type { MatrixViewCell } from '../../../dataset/select/matrix'
import { cellLabel } from '../../../dataset/select/matrix'
import type { Actor, Issue, Stance } from '../../../dataset/schema'
import { STANCE_STYLE } from '../../../components/palette'
import type { GridPos } from '../grid-navigation'
import { clip, MAX_LABEL_CHARS } from '../../../lib/clip'
import { CELL_PITCH } from '../grid-window'
import { flagClasses, type MarkFlags } from '../../../dataset/select/mark-flags'

/** What a row's buttons do; held in a ref so rows need not re-render when only the handlers change. */
export interface GridHandlers {
  toggleActor: (actorId: string) => void
  selectCell: (actorId: string, issueId: string) => void
  focusCell: (pos: GridPos) => void
  keyDown: (e: KeyboardEvent, pos: GridPos) => void
}

export interface MatrixRowProps {
  actor: Actor
  row: number
  /** The issues of the columns drawn, and the index of the first. */
  issues: Issue[]
  colStart: number
  /** Columns left out before and after the drawn ones (a windowed grid). */
  before: number
  after: number
  cells: MatrixViewCell[]
  /** Workspace-only and selected-dispute flags of each cell (mark-flags.ts). */
  flags: MarkFlags[]
  /** Column of the selected cell in this row, else -1. */
  selectedCol: number
  /** Column that holds the tab stop in this row, else -1. */
  activeCol: number
  actorFocused: boolean
  focusedIssue: string | null
  /** Everything above as one string: rows whose signature did not change are not re-rendered. */
  signature: string
  handlers: RefObject<GridHandlers>
}

/** A solid tint for a stance said in words; stripes of it for one only implied (codebook R-implied). */
function cellBackground(stance: Stance, implied: boolean): CSSProperties {
  const tint = `color-mix(in srgb, ${STANCE_STYLE[stance].cssVar} 22%, transparent)`
  return implied
    ? { background: `repeating-linear-gradient(135deg, ${tint} 0 4px, transparent 4px 8px)` }
    : { background: tint }
}

/** Stands in for `columns` columns that are not drawn. */
export const spacerCell = (columns: number) =>
  columns > 0 ? (
    // An empty cell's width gives way when the table fits its frame; content of that width does not.
    <td aria-hidden="true" className="matrix-spacer" data-export-skip>
      <div style={{ width: columns * CELL_PITCH.col - 2 }} />
    </td>
  ) : null

function Row(p: MatrixRowProps) {
  const h = p.handlers
  return (
    <tr aria-rowindex={p.row + 2} className={p.actorFocused ? 'is-focused' : undefined}>
      <th scope="row" aria-colindex={1}>
        <button
          type="button"
          aria-pressed={p.actorFocused}
          // A name cut for the header keeps its full text for hover and for screen readers.
          aria-label={p.actor.name}
          title={p.actor.name.length > MAX_LABEL_CHARS ? p.actor.name : undefined}
          onClick={() => h.current.toggleActor(p.actor.id)}
        >
          {clip(p.actor.name)}
        </button>
      </th>
      {spacerCell(p.before)}
      {p.issues.map((issue, i) => {
        const col = p.colStart + i
        const cell = p.cells[i]!
        const flags = p.flags[i]!
        const selected = p.selectedCol === col
        const main = cell.stances[0]
        const classes = [
          'matrix-cell',
          selected ? 'is-selected' : '',
          cell.voicedBySelectedPerson ? 'is-voiced' : '',
          p.focusedIssue === issue.id || p.actorFocused ? 'is-focused' : '',
          flagClasses(flags),
        ]
        const pos = { row: p.row, col }
        return (
          <td key={issue.id} role="gridcell" aria-colindex={col + 2} className={classes.join(' ')}>
            <button
              type="button"
              data-pos={`${p.row}-${col}`}
              tabIndex={p.activeCol === col ? 0 : -1}
              aria-label={cellLabel(cell)}
              // The name keeps its `<Actor> on <Issue>: <stance>` pattern; the flags are said after it.
              aria-description={flags.note ?? undefined}
              title={flags.note ?? undefined}
              aria-pressed={selected}
              style={main ? cellBackground(main, cell.impliedStances.includes(main)) : undefined}
              onFocus={() => h.current.focusCell(pos)}
              onKeyDown={(e) => h.current.keyDown(e, pos)}
              onClick={() => h.current.selectCell(p.actor.id, issue.id)}
            >
              {cell.stances.map((s) => (
                <span
                  key={s}
                  aria-hidden="true"
                  className={cell.impliedStances.includes(s) ? 'matrix-implied' : undefined}
                  style={{ color: STANCE_STYLE[s].cssVar }}
                >
                  {STANCE_STYLE[s].icon}
                </span>
              ))}
              {cell.changedInRange ? (
                <span aria-hidden="true" className="matrix-mark" title="Changed in range">
                  Δ
                </span>
              ) : null}
              {cell.disputed ? (
                <span aria-hidden="true" className="matrix-mark" title="Disputed">
                  ⚠
                </span>
              ) : null}
              {flags.workspaceOnly ? (
                <span aria-hidden="true" className="matrix-mark mark-flag-glyph">
                  ✎
                </span>
              ) : null}
              {cell.inferred ? (
                <span aria-hidden="true" className="matrix-mark" title="Date inferred">
                  °
                </span>
              ) : null}
              {cell.partlyInRange ? (
                <span
                  aria-hidden="true"
                  className="matrix-mark"
                  title="Dated by a range running past the end of the filter"
                >
                  ↔
                </span>
              ) : null}
            </button>
          </td>
        )
      })}
      {spacerCell(p.after)}
    </tr>
  )
}

/** One actor's row; skipped on re-render unless what it draws changed. */
export const MatrixRow = memo(
  Row,
  (a, b) =>
    a.signature === b.signature &&
    a.actor === b.actor &&
    a.issues === b.issues &&
    a.colStart === b.colStart &&
    a.before === b.before &&
    a.after === b.after,
)
