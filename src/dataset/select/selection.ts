import type { LoadedDataset } from '../dataset-schema'
import type { GraphEdge, GraphNode } from '../dataset-schema'
import type {
  Actor,
  Casualty,
  DatasetEvent,
  Dispute,
  Evidence,
  Meeting,
  Person,
  Position,
} from '../schema'
import type { RecordSelection } from './record-filter'
import { indexDataset, overlaps } from './index-dataset'
import { selectMatrix, type MatrixViewCell } from './matrix'
import { selectActorTimeline, type TimelineStep } from './actor-timeline'

/** What the evidence panel shows, resolved from the URL's `sel` and `person`. */
export type Selection =
  | { kind: 'position'; record: Position }
  | { kind: 'casualty'; record: Casualty }
  | { kind: 'meeting'; record: Meeting }
  | { kind: 'event'; record: DatasetEvent }
  | { kind: 'dispute'; record: Dispute }
  | { kind: 'cell'; cell: MatrixViewCell }
  | { kind: 'edge'; edge: GraphEdge; meetings: Meeting[]; labels: [string, string] }
  | { kind: 'node'; node: GraphNode; meetings: Meeting[] }
  | { kind: 'person'; person: Person; meetings: Meeting[]; positions: Position[] }
  /** A focused actor with nothing else selected: its stances by date, every issue (issue 19). */
  | { kind: 'actor'; actor: Actor; steps: TimelineStep[] }

/**
 * Resolves the current selection; `sel` wins over `person`, which wins over a focused `actor`.
 * Returns null when nothing is selected.
 */
export function resolveSelection(d: LoadedDataset, f: RecordSelection): Selection | null {
  const ix = indexDataset(d)
  const inRange = (m: Meeting) => overlaps(m.when, f.from, f.to)
  if (f.sel) {
    const [kind, a, b] = f.sel.split(':')
    if (kind === 'cell' && a && b) return { kind: 'cell', cell: selectMatrix(d, f).cell(a, b) }
    if (kind === 'edge' && a) {
      const edge = d.derived.graph.edges.find((e) => e.id === a)
      if (!edge) return null
      const label = (id: string) => d.derived.graph.nodes.find((n) => n.id === id)?.label ?? id
      return {
        kind: 'edge',
        edge,
        meetings: edge.meetings.map((id) => ix.meetings.get(id)!).filter(inRange),
        labels: [label(edge.source), label(edge.target)],
      }
    }
    if (kind === 'node' && a) {
      const node = d.derived.graph.nodes.find((n) => n.id === a)
      if (!node) return null
      const ids = new Set(
        d.derived.graph.edges
          .filter((e) => e.source === a || e.target === a)
          .flatMap((e) => e.meetings),
      )
      return { kind: 'node', node, meetings: d.meetings.filter((m) => ids.has(m.id) && inRange(m)) }
    }
    const position = ix.positions.get(f.sel)
    if (position) return { kind: 'position', record: position }
    const casualty = ix.casualties.get(f.sel)
    if (casualty) return { kind: 'casualty', record: casualty }
    const meeting = ix.meetings.get(f.sel)
    if (meeting) return { kind: 'meeting', record: meeting }
    const event = ix.events.get(f.sel)
    if (event) return { kind: 'event', record: event }
    const dispute = ix.disputes.get(f.sel)
    if (dispute) return { kind: 'dispute', record: dispute }
    return null
  }
  if (f.person) {
    const person = ix.people.get(f.person)
    if (!person) return null
    return {
      kind: 'person',
      person,
      meetings: d.meetings.filter(
        (m) => inRange(m) && m.sides.some((s) => s.some((p) => p.person === person.id)),
      ),
      positions: d.positions.filter(
        (p) => p.speaker.person === person.id && overlaps(p.when, f.from, f.to),
      ),
    }
  }
  if (f.actor) {
    const actor = ix.actors.get(f.actor)
    if (!actor) return null
    const steps = selectActorTimeline(d, actor.id).filter((s) => s.date <= f.to)
    return { kind: 'actor', actor, steps }
  }
  return null
}

/** Every quote behind a selection, in the order shown. */
export function selectionEvidence(s: Selection): Evidence[] {
  switch (s.kind) {
    case 'position':
    case 'casualty':
    case 'meeting':
    case 'event':
      return s.record.evidence
    case 'dispute':
      return s.record.sides.flatMap((side) => side.evidence)
    case 'cell':
      return s.cell.history.flatMap((p) => p.evidence)
    case 'edge':
    case 'node':
      return s.meetings.flatMap((m) => m.evidence)
    case 'actor':
      return s.steps.flatMap((step) => step.positions.flatMap((p) => p.evidence))
    case 'person':
      return [
        ...s.person.evidence,
        ...s.positions.flatMap((p) => p.evidence),
        ...s.meetings.flatMap((m) => m.evidence),
      ]
  }
}
