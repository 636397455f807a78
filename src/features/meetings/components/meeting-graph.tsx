import { lazy, memo, Suspense } from 'react'
import type { GraphView } from '../../../dataset/select/graph-view'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import { graphScene } from '../scene/graph-scene'
import { BOX } from '../scene/zoom'
import { SvgGraph } from '../svg/svg-graph'
import { ZoomTools } from '../scene/zoom-tools'

// Only large datasets need the canvas renderer: small ones never download it.
const CanvasGraph = lazy(() =>
  import('../canvas/canvas-graph').then((m) => ({ default: m.CanvasGraph })),
)

/**
 * Above these sizes the graph is drawn on a canvas. An SVG node is five elements and an edge four
 * (line, button group, title, hit line), so 300 nodes or 1,500 edges already make ~6,000 elements
 * that React rebuilds on every hover and filter change: past a frame's budget on a 2-core machine.
 * Below them every node and edge stays a focusable, named button.
 */
const CANVAS_MIN_NODES = 300
const CANVAS_MIN_EDGES = 1500

/** True when a graph is drawn on a canvas rather than as SVG buttons. */
function drawsOnCanvas(graph: Pick<GraphView, 'nodes' | 'edges'>): boolean {
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
  if (!drawsOnCanvas(graph)) return <SvgGraph scene={scene} />
  // The fallback holds the graph's place, so nothing below it jumps when the renderer arrives.
  const placeholder = (
    <div className="meeting-graph">
      <ZoomTools zoomBy={() => {}} reset={() => {}} hint="" disabled />
      <div
        className="meeting-graph-loading"
        style={{ aspectRatio: `${BOX.width} / ${BOX.height}` }}
        role="status"
      >
        Drawing {graph.nodes.length.toLocaleString('en')} people and bodies…
      </div>
    </div>
  )
  return (
    <Suspense fallback={placeholder}>
      <CanvasGraph scene={scene} />
    </Suspense>
  )
})
