import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import type { GraphViewEdge } from '../../../dataset/select/graph-view'
import type { GraphNode } from '../../../dataset/dataset-schema'
import type { Meeting, Participant } from '../../../dataset/schema'

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'indirect'

/** A meeting's status for drawing, with a contact through an intermediary (`via`) set apart. */
export type EdgeStatus = Meeting['status'] | 'indirect'

/** What an edge's meeting counts as when drawn: an indirect channel, or its status. */
export const edgeStatus = (m: Pick<Meeting, 'status' | 'via'>): EdgeStatus =>
  m.via ? 'indirect' : m.status

/**
 * How an edge is drawn from the statuses of its meetings: only held meetings make it solid, and
 * only links that all went through an intermediary are drawn as indirect (codebook V-via).
 */
export function edgeLineStyle(statuses: readonly EdgeStatus[]): LineStyle {
  if (statuses.length === 0 || statuses.includes('held')) return 'solid'
  if (statuses.every((s) => s === 'indirect')) return 'indirect'
  if (statuses.every((s) => s === 'contact' || s === 'indirect')) return 'dotted'
  return 'dashed'
}

/** The `stroke-dasharray` for a line style at a given mark scale (undefined when solid). */
export function dashArray(style: LineStyle, unit: number): string | undefined {
  if (style === 'dashed') return `${8 * unit} ${5 * unit}`
  if (style === 'dotted') return `${1.5 * unit} ${4 * unit}`
  if (style === 'indirect') return `${8 * unit} ${3 * unit} ${1.5 * unit} ${3 * unit}`
  return undefined
}

/** Stroke width of an edge: grows with the meetings behind it, with diminishing returns. */
export function edgeWidth(weight: number): number {
  return 1.5 + 2 * Math.sqrt(Math.max(0, weight - 1))
}

/** "Amos Hochstein – Benjamin Netanyahu: 2 meetings", with "(indirect)" for a link through an intermediary. */
export function edgeLabel(
  edge: Pick<GraphViewEdge, 'source' | 'target' | 'weight'> & { indirect?: boolean },
  labelOf: (id: string) => string,
): string {
  const indirect = edge.indirect ? ' (indirect, through an intermediary)' : ''
  return `${labelOf(edge.source)} – ${labelOf(edge.target)}: ${edge.weight} meeting${edge.weight === 1 ? '' : 's'}${indirect}`
}

/** A participant's name: the person's, or the body as the text names it. */
export function participantName(p: Participant, ix: DatasetIndex): string {
  if (p.person) return ix.people.get(p.person)?.name ?? p.person
  return p.body ?? 'unnamed'
}

/** A delegation as "United States: Amos Hochstein, Brett McGurk" (side named by its first known affiliation). */
export function sideText(side: readonly Participant[], ix: DatasetIndex): string {
  const actorId = side
    .map((p) => p.actor ?? (p.person ? ix.people.get(p.person)?.actor : null))
    .find((a) => a)
  const names = side.map((p) => participantName(p, ix)).join(', ')
  const actor = actorId ? ix.actors.get(actorId)?.name : undefined
  return actor ? `${actor}: ${names}` : names
}

/** The label drawn under a node: the full name, or the surname when space is tight. */
export function shortLabel(node: Pick<GraphNode, 'label' | 'kind'>, compact: boolean): string {
  if (!compact) return node.label
  if (node.kind === 'body')
    return node.label.length > 18 ? `${node.label.slice(0, 17)}…` : node.label
  const words = node.label.split(' ')
  return words[words.length - 1] ?? node.label
}

/** Affiliations shown in the graph, in dataset order, with "No affiliation" last when any node lacks one. */
export function legendEntries(
  nodes: readonly Pick<GraphNode, 'actor'>[],
  actors: readonly { id: string; name: string }[],
): { id: string | null; name: string }[] {
  const present = new Set(nodes.map((n) => n.actor))
  const out: { id: string | null; name: string }[] = actors
    .filter((a) => present.has(a.id))
    .map((a) => ({ id: a.id, name: a.name }))
  if (present.has(null)) out.push({ id: null, name: 'No affiliation' })
  return out
}

/** True when the selection string points at this edge, or at a meeting behind it. */
export function edgeIsSelected(
  edge: Pick<GraphViewEdge, 'id' | 'inRange'>,
  sel: string | null,
): boolean {
  return sel !== null && (sel === `edge:${edge.id}` || edge.inRange.includes(sel))
}

export type LabelSide = 'above' | 'below' | 'left' | 'right'

/** Where a node's label goes: on the side away from its neighbours, so it rarely sits on its own edges. */
export function labelSide(
  node: { x: number; y: number },
  neighbours: readonly { x: number; y: number }[],
): LabelSide {
  if (neighbours.length === 0) return 'below'
  const dx = neighbours.reduce((s, n) => s + n.x - node.x, 0) / neighbours.length
  const dy = neighbours.reduce((s, n) => s + n.y - node.y, 0) / neighbours.length
  if (Math.abs(dx) > 2 * Math.abs(dy)) return dx > 0 ? 'left' : 'right'
  return dy > 0 ? 'above' : 'below'
}
