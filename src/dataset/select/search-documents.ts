import type { LoadedDataset } from '../dataset-schema'
import type { Evidence } from '../schema'

/** What a search result is, in the order results are grouped on screen. */
export const SEARCH_KINDS = [
  'person',
  'actor',
  'issue',
  'dispute',
  'place',
  'record',
  'quote',
  'sentence',
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/**
 * One searchable thing. Plain strings only, so the list can be posted to a worker; `path`, `sel`
 * and `hash` say where the result leads (a page, a selection, or a passage in the source reader).
 */
export interface SearchDocument {
  id: string
  kind: SearchKind
  /** Names, labels: matched words here weigh more. */
  title: string
  text: string
  path: string
  sel?: string
  /** An issue to focus (`?issue=`). */
  issue?: string
  hash?: string
  /** The date said or the event date, for the result to show. */
  date?: string
}

/** Sentence edges: end punctuation (and closing quotes) followed by space, or a line break. */
const SENTENCE_END = /[.!?][")'\u201d\u2019]*\s+|\n+/g

/** Splits an article into sentences with their offsets in the text, skipping blank runs. */
function splitSentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body })
  }
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length
    push(end)
    start = m.index + m[0].length
  }
  push(text.length)
  return out
}

/** Every searchable thing in a dataset: names, labels, summaries, quotes and article sentences. */
export function searchDocuments(d: LoadedDataset): SearchDocument[] {
  const docs: SearchDocument[] = []
  const texts = new Map(d.sources.map((s) => [s.id, s.text]))
  const quotes = (id: string, title: string, evidence: Evidence[], date?: string) =>
    evidence.forEach((e, i) => {
      const at = texts.get(e.source)?.indexOf(e.quote) ?? -1
      docs.push({
        id: `quote:${id}:${i}`,
        kind: 'quote',
        title,
        text: e.quote,
        path: `/sources/${e.source}`,
        hash: at >= 0 ? `#q-${at}` : undefined,
        date,
      })
    })

  for (const p of d.people)
    docs.push({
      id: `person:${p.id}`,
      kind: 'person',
      title: [p.name, ...p.aliases].join(' · '),
      text: p.role,
      path: `/people/${p.id}`,
    })
  for (const a of d.actors)
    docs.push({
      id: `actor:${a.id}`,
      kind: 'actor',
      title: a.shortName === a.name ? a.name : `${a.name} · ${a.shortName}`,
      text: a.note ?? '',
      path: `/actors/${a.id}`,
    })
  for (const i of d.issues)
    docs.push({
      id: `issue:${i.id}`,
      kind: 'issue',
      title: i.label,
      text: i.description,
      path: '/matrix',
      issue: i.id,
    })
  for (const x of d.disputes)
    docs.push({
      id: `dispute:${x.id}`,
      kind: 'dispute',
      title: x.sides.map((s) => s.label).join(' / '),
      text: x.summary,
      path: '/disputes',
      sel: x.id,
    })
  const records = [
    ...d.positions.map((r) => ({ r, title: 'Position' })),
    ...d.casualties.map((r) => ({ r, title: 'Casualty figure' })),
    ...d.meetings.map((r) => ({ r, title: 'Meeting' })),
    ...d.events.map((r) => ({ r, title: r.label })),
  ]
  for (const { r, title } of records) {
    docs.push({
      id: `record:${r.id}`,
      kind: 'record',
      title,
      text: r.summary,
      path: '/',
      sel: r.id,
      date: r.when.date,
    })
    quotes(r.id, title, r.evidence, r.when.date)
  }
  for (const m of d.meetings)
    if (m.place)
      docs.push({
        id: `place:${m.id}`,
        kind: 'place',
        title: m.place,
        text: m.summary,
        path: '/',
        sel: m.id,
        date: m.when.date,
      })
  for (const s of d.sources)
    for (const sentence of splitSentences(s.text))
      docs.push({
        id: `sentence:${s.id}:${sentence.start}`,
        kind: 'sentence',
        title: s.title,
        text: sentence.text,
        path: `/sources/${s.id}`,
        hash: `#t-${sentence.start}-${sentence.end}`,
        date: s.published.date,
      })
  return docs
}
