import { useMemo } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { selectGraph } from '../../../dataset/select/graph'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { ViewFrame } from '../../../components/view-frame'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { legendEntries } from '../scene/graph-model'
import { meetingExport } from '../meeting-export'
import { GraphLegend } from './graph-legend'
import { MeetingGraph } from './meeting-graph'
import { MeetingTable } from './meeting-table'
import '../meetings.css'

/** Who met whom in the filtered range: a graph of people and bodies, or the meetings as a table. */
export function MeetingView() {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { filters } = useFilters()
  // Memoised on the filter fields it reads, so a selection or table toggle reuses the same graph.
  const graph = selectGraph(dataset, filters)
  const legend = useMemo(() => legendEntries(graph.nodes, dataset.actors), [graph, dataset])
  const issue = filters.issue ? ix.issues.get(filters.issue)?.label : undefined
  const empty =
    graph.meetings.length === 0 ? (
      <p className="meeting-empty" role="status">
        No meeting falls between {formatDay(filters.from)} and {formatDay(filters.to)}
        {issue ? ` on “${issue}”` : ''}. Widen the date range
        {issue ? ' or clear the issue focus' : ''} to see who met whom.
      </p>
    ) : null
  return (
    <ViewFrame
      title="Meeting graph"
      view="meetings"
      className="meeting-view"
      chart={() =>
        empty ?? (
          <>
            <MeetingGraph graph={graph} ix={ix} />
            <GraphLegend entries={legend} />
          </>
        )
      }
      table={() => empty ?? <MeetingTable meetings={graph.meetings} ix={ix} />}
      exportData={() => meetingExport(graph, ix)}
    />
  )
}
