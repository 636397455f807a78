import type { DatasetIndex } from './index-dataset'
import type { Selection } from './selection'

/**
 * A selection in words, for captions, exports and the brief: "Israel on freedom to strike",
 * "Amos Hochstein – Benjamin Netanyahu", never an id such as `cell:israel:freedom-to-strike`.
 */
export function selectionTitle(s: Selection, ix: Pick<DatasetIndex, 'actors'>): string {
  switch (s.kind) {
    case 'position':
      return s.record.summary
    case 'casualty':
      return s.record.summary
    case 'meeting':
      return s.record.summary
    case 'event':
      return s.record.label
    case 'dispute':
      return s.record.summary
    case 'cell':
      return `${s.cell.actor.name} on ${s.cell.issue.label}`
    case 'edge':
      return `Meetings of ${s.labels[0]} and ${s.labels[1]}`
    case 'node': {
      const actor = s.node.actor ? ix.actors.get(s.node.actor)?.name : undefined
      return `Meetings of ${s.node.label}${actor ? ` (${actor})` : ''}`
    }
    case 'person':
      return `${s.person.name}: positions and meetings`
    case 'actor':
      return `${s.actor.name}: positions by date`
  }
}
