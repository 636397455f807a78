// What the records say, computed without the layout (d3-force), so a file's `derived` can be
// checked against it cheaply (decision 018).
import type { Annotations, Participant } from './schema'
import { STANCE_ORDER } from './vocabulary'
import type { GraphEdge, GraphNode, MatrixCell } from './dataset-schema'

/** Graph node id of a meeting participant: the person id, or a slug of the body and its actor. */
function participantNodeId(p: Participant): string {
  if (p.person) return p.person
  const slug = (p.body ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `body-${slug}${p.actor ? `-${p.actor}` : ''}`
}

/** Earliest publication date among each record's cited sources. */
export function computeReportedOn(a: Annotations): Record<string, string> {
  const published = new Map(a.sources.map((s) => [s.id, s.published.date]))
  const out: Record<string, string> = {}
  for (const r of [...a.positions, ...a.casualties, ...a.meetings, ...a.events]) {
    const dates = r.evidence
      .map((e) => published.get(e.source))
      .filter((d): d is string => !!d)
      .sort()
    if (dates[0]) out[r.id] = dates[0]
  }
  return out
}

/** The first and last date anything in the dataset happened or was published. */
export function computeSpan(a: Annotations): { from: string; to: string } {
  // One pass, not a sort: a workspace save recomputes it, and x100 has 60,000 dated records.
  let from: string | undefined
  let to: string | undefined
  const see = (d: string) => {
    if (from === undefined || d < from) from = d
    if (to === undefined || d > to) to = d
  }
  for (const s of a.sources) see(s.published.date)
  for (const r of [...a.positions, ...a.casualties, ...a.meetings, ...a.events]) {
    see(r.when.date)
    see(r.when.until ?? r.when.date)
  }
  return { from: from ?? '1970-01-01', to: to ?? '1970-01-01' }
}

/** One cell per actor and issue with any position, and the stances in force from each dated change. */
export function computeMatrix(a: Annotations): MatrixCell[] {
  const disputesOf = new Map<string, string[]>()
  for (const d of a.disputes) {
    for (const side of d.sides)
      for (const r of side.records) disputesOf.set(r, [...(disputesOf.get(r) ?? []), d.id])
  }
  const cells = new Map<string, MatrixCell>()
  const sorted = [...a.positions].sort(
    (x, y) => x.when.date.localeCompare(y.when.date) || x.id.localeCompare(y.id),
  )
  for (const p of sorted) {
    const key = `${p.actor}|${p.issue}`
    const cell = cells.get(key) ?? { actor: p.actor, issue: p.issue, changes: [], disputes: [] }
    cells.set(key, cell)
    const last = cell.changes.at(-1)
    if (last && last.date === p.when.date) {
      last.positions.push(p.id)
      if (!last.stances.includes(p.stance)) last.stances.push(p.stance)
      last.stances.sort((s, t) => STANCE_ORDER.indexOf(s) - STANCE_ORDER.indexOf(t))
    } else {
      cell.changes.push({ date: p.when.date, stances: [p.stance], positions: [p.id] })
    }
    for (const d of disputesOf.get(p.id) ?? [])
      if (!cell.disputes.includes(d)) cell.disputes.push(d)
  }
  return [...cells.values()].sort((x, y) =>
    `${x.actor}|${x.issue}`.localeCompare(`${y.actor}|${y.issue}`),
  )
}

/** The graph's nodes before layout. */
export type UnplacedNode = Omit<GraphNode, 'x' | 'y'>

/** People and bodies as nodes, and one edge per pair that met, listing every meeting behind it; no layout. */
export function computeGraphRecords(a: Annotations): { nodes: UnplacedNode[]; edges: GraphEdge[] } {
  const people = new Map(a.people.map((p) => [p.id, p]))
  const nodes = new Map<string, UnplacedNode>()
  const edges = new Map<string, GraphEdge>()
  const indirectMeetings = new Set(a.meetings.filter((m) => m.via).map((m) => m.id))
  for (const m of a.meetings) {
    const node = (p: Participant) => {
      const id = participantNodeId(p)
      const person = p.person ? people.get(p.person) : undefined
      if (!nodes.has(id)) {
        nodes.set(id, {
          id,
          label: person?.name ?? p.body ?? id,
          kind: p.person ? 'person' : 'body',
          person: p.person ?? null,
          actor: person?.actor ?? p.actor ?? null,
        })
      }
      return id
    }
    const sides = m.sides.map((side) => side.map(node))
    // An intermediary stands between the sides: it joins the graph with a leg to each side's members.
    if (m.via) sides.push([node(m.via)])
    // Every member of one side met every member of each other side; colleagues on a side did not "meet".
    sides.forEach((side, i) =>
      sides.slice(i + 1).forEach((other) => {
        for (const s of side)
          for (const t of other) {
            if (s === t) continue
            const [source, target] = s < t ? [s, t] : [t, s]
            const id = `${source}--${target}`
            const edge = edges.get(id) ?? { id, source, target, meetings: [], indirect: true }
            if (!edge.meetings.includes(m.id)) edge.meetings.push(m.id)
            // A link is indirect only while every meeting behind it went through an intermediary.
            edge.indirect = edge.meetings.every((id) => indirectMeetings.has(id))
            edges.set(id, edge)
          }
      }),
    )
  }
  const nodeList = [...nodes.values()].sort((x, y) => x.id.localeCompare(y.id))
  const edgeList = [...edges.values()].sort((x, y) => x.id.localeCompare(y.id))
  return { nodes: nodeList, edges: edgeList }
}
