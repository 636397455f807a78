import { useRef, useState, type KeyboardEvent } from 'react'
import type { MatrixView } from '../../../dataset/select/matrix'
import { cellLabel } from '../../../dataset/select/matrix'
import { STANCE_STYLE } from '../../../lib/palette'
import { useFilters } from '../../../lib/use-filters'
import { nextGridPos, type GridPos } from '../grid-navigation'

/** The actor x issue grid: one button per cell, arrow keys move between cells (roving tabindex). */
export function MatrixGrid({ matrix }: { matrix: MatrixView }) {
  const { filters, update } = useFilters()
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 })
  const table = useRef<HTMLTableElement>(null)
  const rows = matrix.actors.length
  const cols = matrix.issues.length

  const onKeyDown = (e: KeyboardEvent, pos: GridPos) => {
    const next = nextGridPos(pos, e.key, e.ctrlKey || e.metaKey, rows, cols)
    if (!next) return
    e.preventDefault()
    setActive(next)
    table.current?.querySelector<HTMLButtonElement>(`[data-pos="${next.row}-${next.col}"]`)?.focus()
  }

  return (
    <table ref={table} role="grid" className="matrix-grid" aria-label="Stances of each actor on each issue">
      <thead>
        <tr>
          <td className="matrix-corner" />
          {matrix.issues.map((issue) => (
            <th key={issue.id} scope="col" className={filters.issue === issue.id ? 'is-focused' : undefined}>
              <button
                type="button"
                className="matrix-col-head"
                aria-pressed={filters.issue === issue.id}
                title={issue.description}
                onClick={() => update({ issue: filters.issue === issue.id ? null : issue.id })}
              >
                {issue.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.actors.map((actor, r) => (
          <tr key={actor.id} className={filters.actor === actor.id ? 'is-focused' : undefined}>
            <th scope="row">
              <button type="button" aria-pressed={filters.actor === actor.id} onClick={() => update({ actor: filters.actor === actor.id ? null : actor.id })}>
                {actor.name}
              </button>
            </th>
            {matrix.issues.map((issue, c) => {
              const cell = matrix.cell(actor.id, issue.id)
              const sel = `cell:${actor.id}:${issue.id}`
              const selected = filters.sel === sel
              const main = cell.stances[0]
              const classes = [
                'matrix-cell',
                selected ? 'is-selected' : '',
                cell.voicedBySelectedPerson ? 'is-voiced' : '',
                filters.issue === issue.id || filters.actor === actor.id ? 'is-focused' : '',
              ]
              return (
                <td key={issue.id} role="gridcell" className={classes.join(' ')}>
                  <button
                    type="button"
                    data-pos={`${r}-${c}`}
                    tabIndex={active.row === r && active.col === c ? 0 : -1}
                    aria-label={cellLabel(cell)}
                    aria-pressed={selected}
                    style={main ? { background: `color-mix(in srgb, ${STANCE_STYLE[main].cssVar} 22%, transparent)` } : undefined}
                    onFocus={() => setActive({ row: r, col: c })}
                    onKeyDown={(e) => onKeyDown(e, { row: r, col: c })}
                    onClick={() => update({ sel: selected ? null : sel, person: null })}
                  >
                    {cell.stances.map((s) => (
                      <span key={s} aria-hidden="true" style={{ color: STANCE_STYLE[s].cssVar }}>
                        {STANCE_STYLE[s].icon}
                      </span>
                    ))}
                    {cell.changedInRange ? <span aria-hidden="true" className="matrix-mark" title="Changed in range">Δ</span> : null}
                    {cell.disputed ? <span aria-hidden="true" className="matrix-mark" title="Disputed">⚠</span> : null}
                    {cell.inferred ? <span aria-hidden="true" className="matrix-mark" title="Date inferred">°</span> : null}
                  </button>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
