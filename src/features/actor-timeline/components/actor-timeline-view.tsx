import type { ReactNode } from 'react'
import { AppLink } from '../../../components/app-link'
import { ExportMenu } from '../../../components/export-menu'
import { StanceBadge } from '../../../components/stance-badge'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { selectActorTimeline, type TimelineStep } from '../../../dataset/select/actor-timeline'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Evidence } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { actorTimelineExport } from '../actor-timeline-export'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { useMarkFlags } from '../../../components/use-mark-flags'
import { flagClasses } from '../../../dataset/select/mark-flags'
import '../../../components/mark-flags.css'
import '../../../components/index-page.css'

/** Steps grouped by the date they took effect, oldest first. */
function byDate(steps: TimelineStep[]): [string, TimelineStep[]][] {
  const groups = new Map<string, TimelineStep[]>()
  for (const s of steps) groups.set(s.date, [...(groups.get(s.date) ?? []), s])
  return [...groups]
}

/**
 * `/actors/:id`: the actor's stances by date on every issue, each change of stance marked Δ, with
 * the quotes behind it (`quotes`, the evidence panel's, passed by the app). Exportable.
 */
export function ActorTimelineView({
  id,
  quotes,
}: {
  id: string
  quotes: (evidence: Evidence[]) => ReactNode
}) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { linkTo } = useFilters()
  const flagger = useMarkFlags()
  const actor = ix.actors.get(id)
  if (!actor)
    return (
      <main className="index-page">
        <h1>No such actor</h1>
        <p role="alert">
          There is no actor called <code>{id}</code> in this dataset.{' '}
          <AppLink to={linkTo('/matrix')}>See the matrix</AppLink>.
        </p>
      </main>
    )
  const steps = selectActorTimeline(dataset, id)
  const changes = steps.filter((s) => s.changed).length
  return (
    <main className="index-page">
      <div className="evidence-head">
        <h1>{actor.name}: positions by date</h1>
        <ExportMenu
          title={`${actor.name} timeline`}
          view="actor-timeline"
          data={() => actorTimelineExport(actor.name, steps, ix)}
        />
      </div>
      <div>
        <p className="index-lede">
          {steps.length} steps on {new Set(steps.map((s) => s.issue.id)).size} issues, every date;{' '}
          {changes} {changes === 1 ? 'is a change' : 'are changes'} of stance, marked Δ.{' '}
          <AppLink to={linkTo('/', { actor: id })}>Focus {actor.shortName} in the views</AppLink>
        </p>
        {steps.length === 0 ? <p>The articles report no stance of {actor.name}.</p> : null}
        {byDate(steps).map(([date, group]) => (
          <section key={date} aria-labelledby={`step-${date}`}>
            <h2 id={`step-${date}`}>{formatDay(date)}</h2>
            <ul className="evidence-list">
              {group.map((s) => (
                <li
                  key={s.issue.id}
                  className={`evidence-item ${flagClasses(flagger.flags(s.positions.map((p) => p.id)))}`}
                >
                  <p className="evidence-item-head">
                    <AppLink to={linkTo('/', { sel: `cell:${id}:${s.issue.id}` })}>
                      {s.issue.label}
                    </AppLink>
                    {': '}
                    {s.stances.map((st) => (
                      <StanceBadge key={st} stance={st} />
                    ))}
                    {s.changed ? (
                      <strong className="timeline-change">
                        {' '}
                        Δ changed from {s.previous?.join(' and ')}
                      </strong>
                    ) : s.previous ? (
                      <span className="index-lede"> (unchanged)</span>
                    ) : (
                      <span className="index-lede"> (first reported)</span>
                    )}
                  </p>
                  {s.positions.map((p) => (
                    <div key={p.id}>
                      <p>
                        {p.summary}
                        <WorkspaceBadge id={p.id} />
                      </p>
                      {quotes(p.evidence)}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  )
}
