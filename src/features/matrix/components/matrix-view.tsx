import { useMemo } from 'react'
import { ViewFrame } from '../../../components/view-frame'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { selectMatrix } from '../../../dataset/select/matrix'
import { STANCE_ORDER } from '../../../dataset/vocabulary'
import { STANCE_STYLE } from '../../../components/palette'
import { useFilters } from '../../../url-state/use-url-state'
import { MatrixGrid } from './matrix-grid'
import { PositionTable } from './position-table'
import { matrixExport } from '../matrix-export'
import { useMarkFlags } from '../../../components/use-mark-flags'
import '../matrix.css'

function Legend({ workspace }: { workspace: boolean }) {
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {STANCE_ORDER.map((s) => (
        <li key={s}>
          <span style={{ color: STANCE_STYLE[s].cssVar }} aria-hidden="true">
            {STANCE_STYLE[s].icon}
          </span>{' '}
          {STANCE_STYLE[s].label}
        </li>
      ))}
      <li>
        <span aria-hidden="true">Δ</span> changed in range
      </li>
      <li>
        <span aria-hidden="true">⚠</span> sources disagree
      </li>
      <li>
        <span aria-hidden="true" className="matrix-implied">
          ✔
        </span>{' '}
        dashed, striped: implied (read from other words; the note says which)
      </li>
      <li>
        <span aria-hidden="true">°</span> date inferred
      </li>
      <li>
        <span aria-hidden="true">↔</span> date is a range running past the end of the filter
      </li>
      <li>empty: the articles say nothing by the end of the range</li>
      {workspace ? (
        <li>
          <span aria-hidden="true" className="mark-flag-glyph">
            ✎
          </span>{' '}
          dotted: only in your workspace, not in the published dataset
        </li>
      ) : null}
    </ul>
  )
}

/** Position matrix: each actor's stance on each issue as of the end of the date range. */
export function MatrixView() {
  const dataset = useDataset()
  const { filters } = useFilters()
  const { from, to, person } = filters
  const flagger = useMarkFlags()
  // Only the fields the matrix uses: a selection or table toggle keeps the computed cells.
  const matrix = useMemo(
    () => selectMatrix(dataset, { from, to, person }),
    [dataset, from, to, person],
  )
  return (
    <ViewFrame
      title="Position matrix"
      view="matrix"
      chart={() => (
        <>
          <MatrixGrid matrix={matrix} />
          <Legend workspace={flagger.hasWorkspaceOnly} />
        </>
      )}
      table={() => <PositionTable />}
      exportData={() => matrixExport(matrix, flagger)}
    />
  )
}
