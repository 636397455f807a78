import type { Selection } from '../../../dataset/select/selection'
import { ActorDetails } from './actor-details'
import { CasualtyDetails } from './casualty-details'
import { CellDetails } from './cell-details'
import { DisputeDetails, EventDetails } from './dispute-details'
import { MeetingDetails } from './meeting-details'
import { GraphDetails, PersonDetails } from './network-details'
import { PositionDetails } from './position-details'

/** The details for whatever kind of thing is selected. */
export function SelectionDetails({ selection }: { selection: Selection }) {
  switch (selection.kind) {
    case 'position':
      return <PositionDetails position={selection.record} />
    case 'casualty':
      return <CasualtyDetails casualty={selection.record} />
    case 'meeting':
      return <MeetingDetails meeting={selection.record} />
    case 'event':
      return <EventDetails event={selection.record} />
    case 'dispute':
      return <DisputeDetails dispute={selection.record} />
    case 'cell':
      return <CellDetails cell={selection.cell} />
    case 'edge':
    case 'node':
      return <GraphDetails selection={selection} />
    case 'person':
      return <PersonDetails selection={selection} />
    case 'actor':
      return <ActorDetails selection={selection} />
  }
}
