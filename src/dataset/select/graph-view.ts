import type { GraphEdge, GraphNode } from '../dataset-schema'
import type { Meeting } from '../schema'

/** An edge of the meeting graph as the filter leaves it. */
export interface GraphViewEdge extends GraphEdge {
  /** Meetings behind the edge within the filter. */
  inRange: string[]
  weight: number
}

/** The meeting graph under a filter: what `selectGraph` returns and the graph views draw. */
export interface GraphView {
  nodes: (GraphNode & { focused: boolean; selected: boolean })[]
  edges: GraphViewEdge[]
  meetings: Meeting[]
}
