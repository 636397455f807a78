import { useParams } from 'react-router'
import type { Evidence } from '../../dataset/schema'
import { ActorTimelineView } from '../../features/actor-timeline/components/actor-timeline-view'
import { DisputeIndex } from '../../features/disputes/components/dispute-index'
import { FoldedQuotes, QuoteList } from '../../features/evidence/components/quote-block'
import { PeopleIndex } from '../../features/people/components/people-index'
import { PersonProfile } from '../../features/people/components/person-profile'
import { SourceIndex } from '../../features/sources/components/source-index'
import '../../features/evidence/evidence.css'

// The index pages draw quotes as the evidence panel does; the app hands them its quote blocks,
// so no feature imports another.
const quoteList = (evidence: Evidence[]) => <QuoteList evidence={evidence} />
const foldedQuotes = (evidence: Evidence[]) => <FoldedQuotes evidence={evidence} />

/** `/people`. */
export const PeopleRoute = () => <PeopleIndex />

/** `/people/:id`. */
export function PersonRoute() {
  const { id = '' } = useParams()
  return <PersonProfile id={id} quotes={quoteList} />
}

/** `/sources`. */
export const SourcesRoute = () => <SourceIndex />

/** `/disputes`. */
export const DisputesRoute = () => <DisputeIndex quotes={quoteList} />

/** `/actors/:id`. */
export function ActorRoute() {
  const { id = '' } = useParams()
  return <ActorTimelineView id={id} quotes={foldedQuotes} />
}
