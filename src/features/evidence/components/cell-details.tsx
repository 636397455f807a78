import { StanceBadge } from '../../../components/stance-badge'
import type { MatrixViewCell } from '../../../dataset/select/matrix'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { PositionItem } from './position-details'

/** A matrix cell: the stances in force at the end of the range and how they got there. */
export function CellDetails({ cell }: { cell: MatrixViewCell }) {
  const { filters } = useFilters()
  return (
    <>
      <h3>
        {cell.actor.name} on {cell.issue.label}
      </h3>
      <p>
        {cell.stances.length ? (
          <>
            In force on {formatDay(filters.to)}:{' '}
            {cell.stances.map((s, i) => (
              <span key={s}>
                {i > 0 ? ' and ' : ''}
                <StanceBadge stance={s} implied={cell.impliedStances.includes(s)} />
              </span>
            ))}
            {cell.changedInRange ? <> (changed within the range)</> : null}
            {cell.partlyInRange ? (
              <> (dated by a range running past {formatDay(filters.to)})</>
            ) : null}
          </>
        ) : (
          <>The articles report no stance by {formatDay(filters.to)}.</>
        )}
      </p>
      {cell.history.length ? (
        <>
          <h4>How the stance evolved</h4>
          <ol className="evidence-list">
            {cell.history.map((p) => (
              <PositionItem key={p.id} position={p} />
            ))}
          </ol>
        </>
      ) : null}
    </>
  )
}
