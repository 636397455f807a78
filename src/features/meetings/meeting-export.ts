import type { ExportData } from '../../components/export-menu'
import type { DatasetIndex } from '../../dataset/select/index-dataset'
import type { GraphView } from '../../dataset/select/graph-view'
import { participantName, sideText } from './scene/graph-model'
import { precisionOf } from '../../dataset/when'
import { meetingFigure } from './meeting-svg'

/** The meetings behind the graph under the filter, one row each, sides and issues spelled out. */
export function meetingExport(graph: GraphView, ix: DatasetIndex): ExportData {
  return {
    columns: [
      'date',
      'until',
      'date_precision',
      'date_inferred',
      'status',
      'sides',
      'via',
      'place',
      'issues',
      'summary',
      'id',
    ],
    rows: graph.meetings.map((m) => ({
      date: m.when.date,
      until: m.when.until ?? '',
      date_precision: precisionOf(m.when),
      date_inferred: m.when.inferred,
      status: m.status,
      sides: m.sides.map((side) => sideText(side, ix)).join(' | '),
      via: m.via ? participantName(m.via, ix) : '',
      place: m.place ?? '',
      issues: m.issues.map((i) => ix.issues.get(i)?.label ?? i).join('; '),
      summary: m.summary,
      id: m.id,
    })),
    records: graph.meetings,
    figure: (theme) => meetingFigure(graph, ix, theme),
    sources: [...new Set(graph.meetings.flatMap((m) => m.evidence.map((e) => e.source)))],
  }
}
