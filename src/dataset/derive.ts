import type { Annotations } from './schema'
import type { Derived } from './dataset-schema'
import { layoutGraph } from './layout'
import {
  computeGraphRecords,
  computeMatrix,
  computeReportedOn,
  computeSpan,
} from './derive-records'

/** Everything the views need precomputed, deterministic for a given input. */
export function deriveViews(a: Annotations): Derived {
  const graph = computeGraphRecords(a)
  return {
    reportedOn: computeReportedOn(a),
    span: computeSpan(a),
    matrix: computeMatrix(a),
    graph: {
      nodes: layoutGraph(
        graph.nodes,
        graph.edges,
        a.actors.map((x) => x.id),
      ),
      edges: graph.edges,
    },
  }
}
