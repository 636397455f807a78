import { Fragment } from 'react'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Meeting, Participant } from '../../../dataset/schema'
import { participantLabel } from '../labels'
import { FoldedQuotes } from './quote-block'
import { OutOfRange, PersonButton, SelectButton, WhenBasis, WhenText } from './record-links'
import { RecordFooter } from './record-footer'

const STATUS: Record<Meeting['status'], string> = {
  held: 'held',
  planned: 'planned (not yet held when reported)',
  contact: 'contact (a reported communication, not necessarily face to face)',
}

function ParticipantName({ p }: { p: Participant }) {
  const label = participantLabel(p, indexDataset(useDataset()))
  return p.person ? <PersonButton id={p.person}>{label}</PersonButton> : <>{label}</>
}

/** A meeting: who sat on each side, when, where, about what. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const ix = indexDataset(useDataset())
  return (
    <>
      <h3>
        Meeting{meeting.place ? ` in ${meeting.place}` : ''}
        <WorkspaceBadge id={meeting.id} />
      </h3>
      <OutOfRange when={meeting.when} />
      <dl className="evidence-facts">
        <dt>Date</dt>
        <dd>
          <WhenText when={meeting.when} />
        </dd>
        <dt>Status</dt>
        <dd>{STATUS[meeting.status]}</dd>
        {meeting.via ? (
          <>
            <dt>Through</dt>
            <dd>
              <ParticipantName p={meeting.via} /> (an intermediary: the link is indirect)
            </dd>
          </>
        ) : null}
        <dt>Place</dt>
        <dd>{meeting.place ?? 'not stated'}</dd>
        {meeting.sides.map((side, i) => (
          <Fragment key={i}>
            <dt>Side {i + 1}</dt>
            <dd>
              <ul className="evidence-plain-list">
                {side.map((p, k) => (
                  <li key={k}>
                    <ParticipantName p={p} />
                  </li>
                ))}
              </ul>
            </dd>
          </Fragment>
        ))}
        {meeting.issues.length ? (
          <>
            <dt>Issues</dt>
            <dd>{meeting.issues.map((id) => ix.issues.get(id)?.label ?? id).join('; ')}</dd>
          </>
        ) : null}
        {meeting.topics.length ? (
          <>
            <dt>Other topics</dt>
            <dd>{meeting.topics.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      <RecordFooter record={meeting} />
    </>
  )
}

/** A meeting as one line of a list, with a button to select it and its quotes folded. */
export function MeetingItem({ meeting }: { meeting: Meeting }) {
  return (
    <li className="evidence-item">
      <p className="evidence-item-head">
        <WhenText when={meeting.when} inline /> · {meeting.status}
        {meeting.place ? ` · ${meeting.place}` : ''}
        <WhenBasis when={meeting.when} />
      </p>
      <p>
        <SelectButton id={meeting.id}>{meeting.summary}</SelectButton>
      </p>
      <FoldedQuotes evidence={meeting.evidence} />
    </li>
  )
}
