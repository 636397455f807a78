import type { ReactNode } from 'react'
import { AppLink } from '../../../components/app-link'
import { StanceBadge } from '../../../components/stance-badge'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { selectPersonProfile } from '../../../dataset/select/people'
import type { Evidence, When } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import '../../../components/index-page.css'

function Day({ when }: { when: When }) {
  return (
    <span title={when.basis}>
      {formatDay(when.date)}
      {when.until && when.until !== when.date ? ` – ${formatDay(when.until)}` : ''}
      {when.inferred ? <span className="inferred-tag"> inferred</span> : null}
    </span>
  )
}

/**
 * `/people/:id`: who a person is, their statements by date, their meetings and the figures they
 * claimed, over every date. `quotes` draws a record's evidence (the app passes the evidence
 * panel's), so the page reads as the panel does without this feature importing that one.
 */
export function PersonProfile({
  id,
  quotes,
}: {
  id: string
  quotes: (evidence: Evidence[]) => ReactNode
}) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { linkTo } = useFilters()
  const profile = selectPersonProfile(dataset, id)
  if (!profile)
    return (
      <main className="index-page">
        <h1>No such person</h1>
        <p role="alert">
          There is no person called <code>{id}</code> in this dataset.{' '}
          <AppLink to={linkTo('/people')}>See everyone the articles name</AppLink>.
        </p>
      </main>
    )
  const { person, actor, statements, meetings, figures } = profile
  return (
    <main className="index-page">
      <p>
        <AppLink to={linkTo('/people')}>People</AppLink>
      </p>
      <h1>{person.name}</h1>
      <dl className="evidence-facts">
        <dt>Role</dt>
        <dd>{person.role}</dd>
        <dt>Affiliation</dt>
        <dd>
          {actor ? (
            <AppLink to={linkTo(`/actors/${actor.id}`)}>{actor.name}</AppLink>
          ) : (
            'none stated'
          )}
        </dd>
        {person.aliases.length ? (
          <>
            <dt>Also written</dt>
            <dd>{person.aliases.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {person.note ? <p className="evidence-note">Note: {person.note}</p> : null}
      <p>
        <AppLink to={linkTo('/', { person: person.id, sel: null })}>
          Show {person.name} in the views
        </AppLink>
      </p>
      <details className="evidence-fold">
        <summary>
          Where the articles name {person.name} ({person.evidence.length})
        </summary>
        {quotes(person.evidence)}
      </details>

      <h2>Statements ({statements.length})</h2>
      {statements.length === 0 ? <p className="evidence-note">None recorded.</p> : null}
      <ol className="evidence-list">
        {statements.map((p) => (
          <li key={p.id} className="evidence-item">
            <p className="evidence-item-head">
              <StanceBadge stance={p.stance} /> · <Day when={p.when} /> ·{' '}
              {ix.actors.get(p.actor)?.shortName ?? p.actor} on{' '}
              {ix.issues.get(p.issue)?.label ?? p.issue} ·{' '}
              <AppLink to={linkTo('/', { sel: p.id })}>Select</AppLink>
            </p>
            <p>{p.summary}</p>
            {quotes(p.evidence)}
          </li>
        ))}
      </ol>

      <h2>Meetings ({meetings.length})</h2>
      {meetings.length === 0 ? <p className="evidence-note">None recorded.</p> : null}
      <ol className="evidence-list">
        {meetings.map((m) => (
          <li key={m.id} className="evidence-item">
            <p className="evidence-item-head">
              <Day when={m.when} /> · {m.status}
              {m.place ? ` · ${m.place}` : ''} ·{' '}
              <AppLink to={linkTo('/', { sel: m.id })}>Select</AppLink>
            </p>
            <p>{m.summary}</p>
            {quotes(m.evidence)}
          </li>
        ))}
      </ol>

      <h2>Figures claimed ({figures.length})</h2>
      {figures.length === 0 ? <p className="evidence-note">None recorded.</p> : null}
      <ol className="evidence-list">
        {figures.map((c) => (
          <li key={c.id} className="evidence-item">
            <p className="evidence-item-head">
              <Day when={c.when} /> · <AppLink to={linkTo('/', { sel: c.id })}>Select</AppLink>
            </p>
            <p>{c.summary}</p>
            {quotes(c.evidence)}
          </li>
        ))}
      </ol>
    </main>
  )
}
