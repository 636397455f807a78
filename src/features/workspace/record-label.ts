import type { AnyRecord, Collection } from '../../workspace/entries'

export const KIND_LABEL: Record<Collection, string> = {
  sources: 'Article',
  actors: 'Actor',
  people: 'Person',
  issues: 'Issue',
  populations: 'Population',
  positions: 'Position',
  casualties: 'Casualty figure',
  meetings: 'Meeting',
  disputes: 'Dispute',
  events: 'Event',
}

/** A record in a few words: its summary, title, name or label. */
export function recordText(record: AnyRecord | null | undefined): string {
  if (!record) return ''
  const r = record as { summary?: string; title?: string; name?: string; label?: string }
  return r.summary ?? r.title ?? r.name ?? r.label ?? record.id
}
