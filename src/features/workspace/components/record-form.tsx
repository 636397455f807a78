import type { AnyRecord } from '../../../workspace/entries'
import { CasualtyForm } from './casualty-form'
import { EventForm, PersonForm } from './event-person-forms'
import { DisputeForm } from './dispute-form'
import { MeetingForm } from './meeting-form'
import { PositionForm } from './position-form'
import type {
  Casualty,
  DatasetEvent,
  Dispute,
  Meeting,
  Person,
  Position,
} from '../../../dataset/schema'

export type RecordKind = 'positions' | 'casualties' | 'meetings' | 'events' | 'people' | 'disputes'

export const NEW_BUTTONS: [RecordKind, string][] = [
  ['positions', 'New position'],
  ['casualties', 'New casualty figure'],
  ['meetings', 'New meeting'],
  ['events', 'New event'],
  ['people', 'New person'],
  ['disputes', 'New dispute'],
]

/** What every record form gets: the checked quote, its article, and the record when editing. */
export interface FormProps<T> {
  quote: string
  source: string
  /** The article's publication date: the default `Date`. */
  published: string
  editing?: T
  dateSuggestion: { date: string; basis: string; phrase: string } | null
  /** Called with the saved record's id and a message, or (null, null) on cancel. */
  onDone: (id: string | null, message: string | null) => void
}

/** The form for one kind of record. */
export function RecordForm({
  kind,
  editing,
  ...props
}: Omit<FormProps<AnyRecord>, 'editing'> & { kind: RecordKind; editing?: AnyRecord }) {
  switch (kind) {
    case 'positions':
      return <PositionForm {...props} editing={editing as Position | undefined} />
    case 'casualties':
      return <CasualtyForm {...props} editing={editing as Casualty | undefined} />
    case 'events':
      return <EventForm {...props} editing={editing as DatasetEvent | undefined} />
    case 'people':
      return <PersonForm {...props} editing={editing as Person | undefined} />
    case 'meetings':
      return <MeetingForm {...props} editing={editing as Meeting | undefined} />
    case 'disputes':
      return <DisputeForm {...props} editing={editing as Dispute | undefined} />
  }
}
