import { AppLink } from '../../../components/app-link'
import { StanceBadge } from '../../../components/stance-badge'
import type { Selection } from '../../../dataset/select/selection'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { FoldedQuotes } from './quote-block'
import { WorkspaceBadge } from '../../../components/workspace-badge'

/** A focused actor: its stances by date on every issue up to the range's end, changes marked Δ. */
export function ActorDetails({ selection }: { selection: Extract<Selection, { kind: 'actor' }> }) {
  const { filters, linkTo } = useFilters()
  const { actor, steps } = selection
  return (
    <>
      <h3>{actor.name}: positions by date</h3>
      <p>
        Every issue, up to {formatDay(filters.to)}; Δ marks a change of stance.{' '}
        <AppLink to={linkTo(`/actors/${actor.id}`)}>Open as its own page</AppLink>
      </p>
      {steps.length === 0 ? (
        <p className="evidence-note">No stance reported by {formatDay(filters.to)}.</p>
      ) : (
        <ol className="evidence-list" aria-label={`${actor.shortName} positions by date`}>
          {steps.map((s) => (
            <li key={`${s.date}-${s.issue.id}`} className="evidence-item">
              <p className="evidence-item-head">
                {formatDay(s.date)} · {s.issue.label}:{' '}
                {s.stances.map((st) => (
                  <StanceBadge key={st} stance={st} />
                ))}
                {s.changed ? <strong> Δ from {s.previous?.join(' and ')}</strong> : null}
                {s.positions.map((p) => (
                  <WorkspaceBadge key={p.id} id={p.id} />
                ))}
              </p>
              <FoldedQuotes evidence={s.positions.flatMap((p) => p.evidence)} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
