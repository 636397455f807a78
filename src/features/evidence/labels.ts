import type { DatasetIndex } from '../../dataset/select/index-dataset'
import type { Participant, Position, SourceMeta } from '../../dataset/schema'
import { formatDay } from '../../lib/dates'

export { whenLabel } from '../../dataset/when'

/** The parts of a quote's citation line: title, outlet (or "outlet not stated") and publication date. */
export function citationParts(source: SourceMeta): {
  title: string
  outlet: string
  published: string
  publishedInferred: boolean
} {
  const outlet = source.outlet.name
    ? `${source.outlet.name}${source.outlet.inferred ? ' (inferred)' : ''}`
    : 'outlet not stated'
  return {
    title: source.title,
    outlet,
    published: formatDay(source.published.date),
    publishedInferred: source.published.inferred,
  }
}

/** The hash fragment naming a quote's passage in the source reader (`q-OFFSET`), or null if absent. */
export function passageHash(text: string, quote: string): string | null {
  const start = text.indexOf(quote)
  return start === -1 ? null : `q-${start}`
}

/** "Benjamin Netanyahu (Israeli Prime Minister), via Prime Minister's office", or the body alone. */
export function speakerLabel(
  speaker: Position['speaker'],
  ix: Pick<DatasetIndex, 'people'>,
): string {
  const person = speaker.person ? ix.people.get(speaker.person) : undefined
  const name = person ? `${person.name} (${person.role})` : (speaker.person ?? '')
  if (name && speaker.body) return `${name}, via ${speaker.body}`
  return name || speaker.body || 'unnamed speaker'
}

/** A meeting participant: "Amos Hochstein (US envoy for Lebanon)" or "other officials in Cairo (Egypt)". */
export function participantLabel(
  p: Participant,
  ix: Pick<DatasetIndex, 'people' | 'actors'>,
): string {
  const person = p.person ? ix.people.get(p.person) : undefined
  if (person) return `${person.name} (${person.role})`
  const actor = p.actor ? ix.actors.get(p.actor) : undefined
  return actor ? `${p.body ?? p.person} (${actor.shortName})` : (p.body ?? p.person ?? 'unnamed')
}

/** What a record id points at, for buttons that select it. */
export function recordLabel(id: string, ix: DatasetIndex): string {
  const pos = ix.positions.get(id)
  if (pos) return `Position: ${pos.summary}`
  const cas = ix.casualties.get(id)
  if (cas) return `Figure: ${cas.summary}`
  const meeting = ix.meetings.get(id)
  if (meeting) return `Meeting: ${meeting.summary}`
  const event = ix.events.get(id)
  if (event) return `Event: ${event.label}`
  const dispute = ix.disputes.get(id)
  return dispute ? `Dispute: ${dispute.summary}` : id
}
