import { memo } from 'react'
import type { GraphView } from '../../../dataset/select/graph'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import { graphScene } from '../graph-scene'
import { CanvasGraph } from './canvas-graph'
import { SvgGraph } from './svg-graph'

/**
 * Above these sizes the graph is drawn on a canvas. An SVG node is five elements and an edge four
 * (line, button group, title, hit line), so 300 nodes or 1,500 edges already make ~6,000 elements
 * that React rebuilds on every hover and filter change: past a frame's budget on a 2-core machine.
 * Below them every node and edge stays a focusable, named button.
 */
export const CANVAS_MIN_NODES = 300
export const CANVAS_MIN_EDGES = 1500

/** True when a graph is drawn on a canvas rather than as SVG buttons. */
export function drawsOnCanvas(graph: Pick<GraphView, 'nodes' | 'edges'>): boolean {
  return graph.nodes.length > CANVAS_MIN_NODES || graph.edges.length > CANVAS_MIN_EDGES
}

/** The meeting graph: fixed layout, zoom and pan, neighbourhood highlight, URL selection. */
export const MeetingGraph = memo(function MeetingGraph({
  graph,
  ix,
}: {
  graph: GraphView
  ix: DatasetIndex
}) {
  const scene = graphScene(graph, ix)
  return drawsOnCanvas(graph) ? <CanvasGraph scene={scene} /> : <SvgGraph scene={scene} />
})
