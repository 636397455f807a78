import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react'
import { useFilters } from '../../../url-state/use-url-state'
import { useMarkFlags } from '../../../components/use-mark-flags'
import { graphFlags } from '../scene/graph-flags'
import { drawGraph, edgeLayer, refreshEdgeLayer } from './draw-graph'
import { chooseLabels } from './graph-labels'
import { baseEdges, denseNodeScale, graphPaint } from './graph-paint'
import type { GraphScene } from '../scene/graph-scene'
import { NODE_RADIUS } from '../scene/graph-style'
import { buildHitIndex, hitTest, type Hit, type HitIndex } from './hit-test'
import { useTheme } from '../../../lib/use-theme'
import { useZoomPan } from '../scene/use-zoom-pan'
import { BOX, markScale, toViewBox } from '../scene/zoom'
import { useCanvasExport } from './use-canvas-export'
import { isCompact, selectNode, ZoomTools } from '../scene/zoom-tools'
import { nextListIndex } from '../../../lib/key-steps'

/** The keys that move through the nodes (with Home and End). */
const ARROWS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: 1, ArrowUp: 1, Home: 1, End: 1 }

/** At most this many names on a large graph: more turns the text into a grey smear. */
const LABEL_LIMIT = 60
const count = new Intl.NumberFormat('en')

/** Each drawn edge as a segment, for the hit test. */
function segmentsOf(scene: GraphScene) {
  const s = scene.segments
  return scene.graph.edges.flatMap((e, i) => {
    const [x1, y1, x2, y2] = [s[i * 4]!, s[i * 4 + 1]!, s[i * 4 + 2]!, s[i * 4 + 3]!]
    return Number.isNaN(x1 + x2) ? [] : [{ id: e.id, x1, y1, x2, y2 }]
  })
}

/** Nodes named whatever their rank while hovered: the node and its neighbours, or an edge's ends. */
function hoverPins(scene: GraphScene, hover: Hit | null): string[] {
  if (hover?.kind === 'node') return [hover.id, ...(scene.adjacency.neighbours.get(hover.id) ?? [])]
  const e = hover ? scene.adjacency.edgeById.get(hover.id) : undefined
  return e ? [e.source, e.target] : []
}

/** Nodes named whatever their rank while selected: the node, or the ends of selected edges. */
function selectionPins(scene: GraphScene, sel: string | null): string[] {
  const out: string[] = []
  for (const n of scene.graph.nodes) if (n.selected || sel === `node:${n.id}`) out.push(n.id)
  if (sel)
    for (const e of scene.graph.edges)
      if (sel === `edge:${e.id}` || e.inRange.includes(sel)) out.push(e.source, e.target)
  return out
}

/**
 * The meeting graph on a canvas, for graphs whose thousands of nodes and edges would be too many
 * DOM elements: the same marks and colours as the SVG, zoom and pan, hover highlight, and clicks
 * that select exactly as the SVG's buttons do. The canvas is one Tab stop: the arrow keys go
 * through the nodes by name (a live line says which), Enter or Space selects; the table lists all.
 */
export function CanvasGraph({ scene }: { scene: GraphScene }) {
  const { graph } = scene
  const { filters, update } = useFilters()
  const theme = useTheme()
  const flags = graphFlags(scene, useMarkFlags())
  const zoom = useZoomPan<HTMLCanvasElement>()
  const { svgRef: canvasRef, view, width, panning, handlers } = zoom
  const [pointed, setHover] = useState<Hit | null>(null)
  // The node the arrow keys reached; shown only while the canvas has keyboard focus.
  const [keyed, setKeyed] = useState<{ id: string; shown: boolean } | null>(null)
  const keyedNode = keyed?.shown ? scene.nodeById.get(keyed.id) : undefined
  // What the pointer rests on may be filtered away under it; it then lights nothing.
  const hover =
    pointed && (pointed.kind === 'node' ? scene.nodeById : scene.adjacency.edgeById).has(pointed.id)
      ? pointed
      : null
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1
  const u = markScale(width, view.k)
  const compact = isCompact(width, view.k)
  const sel = filters.sel
  const range = `${filters.from}..${filters.to}`

  // Built on the first pointer move over this graph, not on every filter change.
  const hitIndex = useMemo(() => {
    let index: HitIndex | null = null
    return () => (index ??= buildHitIndex(graph.nodes, segmentsOf(scene), 20))
  }, [graph, scene])
  const nodeScale = useMemo(() => denseNodeScale(graph.nodes), [graph])
  const radius = NODE_RADIUS * u * nodeScale
  const selected = useMemo(() => selectionPins(scene, sel), [scene, sel])
  const pinned = useMemo(
    () => [
      ...hoverPins(scene, hover),
      ...hoverPins(scene, keyedNode ? { kind: 'node', id: keyedNode.id } : null),
      ...selected,
    ],
    [scene, hover, keyedNode, selected],
  )
  const labels = useMemo(() => {
    const viewport = {
      x0: -view.x / view.k,
      y0: -view.y / view.k,
      x1: (BOX.width - view.x) / view.k,
      y1: (BOX.height - view.y) / view.k,
    }
    const font = 12 * u
    return chooseLabels(scene, { pinned, viewport, limit: LABEL_LIMIT, compact, font, radius })
  }, [scene, pinned, view, u, compact, radius])
  // Hover leaves the base edges alone, so their layer is redrawn only when these change.
  const base = useMemo(() => baseEdges(scene, sel, u, theme), [scene, sel, u, theme])
  const paint = useMemo(() => {
    const active = hover
      ? { ...hover, keyboard: false }
      : keyedNode
        ? { kind: 'node' as const, id: keyedNode.id, keyboard: true }
        : null
    return graphPaint(scene, { sel, active, labels, unit: u, nodeScale, theme, base, flags })
  }, [scene, sel, hover, keyedNode, labels, u, nodeScale, theme, base, flags])

  const [layer] = useState(edgeLayer)
  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d')
    if (!ctx || width <= 0) return
    const f = { paint, theme, view, widthPx: width, dpr }
    // A large graph's paint (x1000: 100-200 ms, more with a collector pass in it) never shares a
    // task with the render that computed it: the edge layer is stroked in a task of its own, the
    // rest is composited at the start of the next frame, and a newer paint cancels both.
    let frame = 0
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      refreshEdgeLayer(layer, f, ctx.canvas)
      frame = requestAnimationFrame(() => {
        drawGraph(ctx, f, layer)
        // The range these pixels show, stamped only once drawn, as the views stamp their frames:
        // the bench waits for it, so a canvas that lags its view cannot pass as painted.
        ctx.canvas.dataset.range = range
      })
    }
    channel.port2.postMessage(null)
    return () => {
      channel.port1.close()
      cancelAnimationFrame(frame)
    }
  }, [canvasRef, paint, theme, view, width, dpr, layer, range])
  const exportId = useCanvasExport(canvasRef, (copy, density) => {
    copy.width = Math.round(width * density)
    copy.height = Math.round(((width * BOX.height) / BOX.width) * density)
    const ctx = copy.getContext('2d')
    if (ctx && width > 0) drawGraph(ctx, { paint, theme, view, widthPx: width, dpr: density })
  })

  const hitAt = (e: ReactMouseEvent<HTMLCanvasElement>): Hit | null => {
    const [px, py] = toViewBox(e.clientX, e.clientY, e.currentTarget.getBoundingClientRect())
    const [x, y] = [(px - view.x) / view.k, (py - view.y) / view.k]
    // The SVG's targets: a node's circle and label, a 14-unit-wide band along each edge.
    return hitTest(hitIndex(), x, y, { nodeRadius: radius, edgeTolerance: 7 * u, labels })
  }
  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    handlers.onPointerMove(e)
    const next = panning() ? null : hitAt(e)
    if (next?.id !== pointed?.id || next?.kind !== pointed?.kind) setHover(next)
  }
  // A click's coordinates are whole pixels, a pointer's are not: in a dense graph the two can find
  // different edges, so the click takes what was under the pointer when pressed (as highlighted).
  const pressed = useRef<{ hit: Hit | null } | null>(null)
  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    pressed.current = { hit: hitAt(e) }
    handlers.onPointerDown(e)
  }
  const onClick = (e: ReactMouseEvent<HTMLCanvasElement>) => {
    if (panning()) return
    const hit = pressed.current ? pressed.current.hit : hitAt(e)
    pressed.current = null
    const node = hit?.kind === 'node' ? scene.nodeById.get(hit.id) : undefined
    if (node) update(selectNode(node))
    else if (hit?.kind === 'edge') update({ sel: `edge:${hit.id}`, person: null })
  }
  const onKeyDown = (e: ReactKeyboardEvent<HTMLCanvasElement>) => {
    const order = scene.byLabel
    const at = keyed ? order.findIndex((n) => n.id === keyed.id) : -1
    const node = at >= 0 ? order[at] : undefined
    if ((e.key === 'Enter' || e.key === ' ') && node) {
      e.preventDefault()
      update(selectNode(node))
      return
    }
    // The first arrow press shows the first node (or the one last reached) before moving on.
    const next = at < 0 || !keyed?.shown ? Math.max(0, at) : nextListIndex(e.key, at, order.length)
    if (next === null || !(e.key in ARROWS)) return
    e.preventDefault()
    const target = order[next]
    if (!target) return
    setKeyed({ id: target.id, shown: true })
    zoom.bringIntoView(target.x, target.y)
  }
  const hovered =
    hover?.kind === 'node'
      ? scene.nodeById.get(hover.id)
      : hover
        ? scene.adjacency.edgeById.get(hover.id)
        : undefined
  const tip = !hovered
    ? undefined
    : 'kind' in hovered
      ? scene.nodeTitle(hovered)
      : scene.edgeText(hovered)

  return (
    <div className="meeting-graph">
      <ZoomTools
        zoomBy={zoom.zoomBy}
        reset={zoom.reset}
        hint="Ctrl+scroll or pinch to zoom, drag to pan, click a node or line to select it. Names show for the busiest; hover for the rest."
      />
      <canvas
        ref={canvasRef}
        width={Math.round(width * dpr)}
        height={Math.round(((width * BOX.height) / BOX.width) * dpr)}
        // application: screen readers pass the arrow keys through to the canvas.
        role="application"
        tabIndex={0}
        aria-roledescription="graph"
        aria-label={`Meeting graph: ${count.format(graph.nodes.length)} people and bodies, ${count.format(graph.edges.length)} links; arrow keys go through the people by name, Enter selects; the table lists them all`}
        aria-describedby={`${exportId}-keyed`}
        title={tip}
        data-graph-canvas={exportId}
        style={{
          display: 'block',
          width: '100%',
          aspectRatio: `${BOX.width} / ${BOX.height}`,
          touchAction: 'pan-y',
          cursor: hover ? 'pointer' : 'grab',
        }}
        {...handlers}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onBlur={() => setKeyed((k) => (k ? { ...k, shown: false } : k))}
      />
      <p id={`${exportId}-keyed`} className="visually-hidden" aria-live="polite">
        {keyedNode
          ? `${scene.nodeTitle(keyedNode)}, ${scene.byLabel.indexOf(keyedNode) + 1} of ${count.format(graph.nodes.length)}${keyedNode.selected ? ', selected' : ''}`
          : ''}
      </p>
    </div>
  )
}
