import { useMemo, useState } from 'react'
import { useFilters } from '../../../url-state/use-url-state'
import { edgeIsSelected, shortLabel } from '../scene/graph-model'
import {
  edgeIsActive,
  litNodes,
  nodeLook,
  type Active,
  type GraphScene,
} from '../scene/graph-scene'
import { placeLabels } from '../scene/label-placement'
import { useTheme } from '../../../lib/use-theme'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import { useZoomPan } from '../scene/use-zoom-pan'
import { BOX, markScale, transformOf } from '../scene/zoom'
import { EdgeLines, EdgeTargets, type DrawnEdge, type EdgeEvents } from './graph-edges'
import { GraphNodeButton, type NodeEvents } from './graph-node'
import { NODE_RADIUS } from '../scene/graph-style'
import { isCompact, selectNode, ZoomTools } from '../scene/zoom-tools'
import { graphFlags } from '../scene/graph-flags'
import { useMarkFlags } from '../../../components/use-mark-flags'

/**
 * The meeting graph as plain SVG, for graphs small enough that every node and edge can be a
 * focusable button: fixed layout, zoom and pan, neighbourhood highlight, URL selection.
 */
export function SvgGraph({ scene }: { scene: GraphScene }) {
  const { graph } = scene
  const { filters, update } = useFilters()
  const theme = useTheme()
  const flags = graphFlags(scene, useMarkFlags())
  const { svgRef, view, width, zoomBy, reset, bringIntoView, handlers } = useZoomPan()
  const [hover, setHover] = useState<Active>(null)
  const [focus, setFocus] = useState<Active>(null)
  // A mouse click also focuses a node; only keyboard focus should keep its neighbourhood lit.
  const active = hover ?? (focus?.keyboard ? focus : null)
  const near = litNodes(scene, active)

  // One Tab stop for the nodes; the arrows go through them by name.
  const nodeOrder = useMemo(() => scene.byLabel.map((n) => n.id), [scene])
  const roving = useRovingFocus(nodeOrder)

  const u = markScale(width, view.k)
  const compact = isCompact(width, view.k)

  // One object for the graph's life (update, bringIntoView and the setters never change), so the
  // memo'd buttons are not re-rendered for new handlers.
  const events = useMemo<NodeEvents & EdgeEvents>(() => {
    const hover = (kind: 'node' | 'edge', id: string, on: boolean) =>
      setHover((cur) => (on ? { kind, id, keyboard: false } : cur?.id === id ? null : cur))
    const focusChange = (kind: 'node' | 'edge', id: string, on: boolean, visible: boolean) =>
      setFocus((cur) => (on ? { kind, id, keyboard: visible } : cur?.id === id ? null : cur))
    return {
      activate: (node) => update(selectNode(node)),
      hover: (id, on) => hover('node', id, on),
      focusChange: (node, on, visible) => {
        focusChange('node', node.id, on, visible)
        if (on) bringIntoView(node.x, node.y)
      },
      selectEdge: (id) => update({ sel: `edge:${id}`, person: null }),
      hoverEdge: (id, on) => hover('edge', id, on),
      focusEdge: (id, on, visible) => focusChange('edge', id, on, visible),
    }
  }, [update, bringIntoView])

  // Geometry and names change with the filter only, not with hover or selection.
  const lines = useMemo(
    () =>
      graph.edges.flatMap((edge, i) => {
        const s = scene.nodeById.get(edge.source)
        const t = scene.nodeById.get(edge.target)
        if (!s || !t) return []
        const style = scene.styles[i]!
        return [{ edge, x1: s.x, y1: s.y, x2: t.x, y2: t.y, style, label: scene.edgeText(edge) }]
      }),
    [graph, scene],
  )
  const drawn: DrawnEdge[] = lines.map((line) => {
    const incident = edgeIsActive(line.edge, active)
    return {
      ...line,
      selected: edgeIsSelected(line.edge, filters.sel),
      flags: flags.edges.get(line.edge.id) ?? null,
      lit: !!active && incident,
      dimmed: !!active && !incident,
    }
  })

  const sides = useMemo(
    () =>
      placeLabels(
        scene.byLabel.map((n) => ({
          id: n.id,
          x: n.x,
          y: n.y,
          text: shortLabel(n, compact),
          preferred: scene.preferredSide(n.id),
        })),
        12 * u,
        NODE_RADIUS * u,
      ),
    [scene, compact, u],
  )

  return (
    <div className="meeting-graph">
      <ZoomTools zoomBy={zoomBy} reset={reset} hint="Ctrl+scroll or pinch to zoom, drag to pan." />
      <svg
        ref={svgRef}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        xmlns="http://www.w3.org/2000/svg"
        role="group"
        aria-label={`Meeting graph: ${graph.nodes.length} participants linked by ${graph.edges.length} pairings`}
        // pan-y leaves vertical swipes to the page on touch screens, so the graph never traps scrolling.
        style={{ display: 'block', touchAction: 'pan-y', cursor: 'grab', userSelect: 'none' }}
        {...handlers}
      >
        <rect width={BOX.width} height={BOX.height} fill={theme.bg} />
        <g transform={transformOf(view)}>
          <EdgeLines edges={drawn} unit={u} theme={theme} />
          <g {...roving.groupProps}>
            {scene.byLabel.map((node) => (
              <GraphNodeButton
                key={node.id}
                node={node}
                label={shortLabel(node, compact)}
                labelSide={sides.get(node.id) ?? 'below'}
                title={scene.nodeTitle(node)}
                flags={flags.nodes.get(node.id) ?? null}
                {...nodeLook(scene, node, filters.sel, near)}
                keyboardFocus={focus?.kind === 'node' && focus.id === node.id && focus.keyboard}
                tabbable={roving.tabKey === node.id}
                unit={u}
                theme={theme}
                events={events}
              />
            ))}
          </g>
          <EdgeTargets
            edges={drawn}
            unit={u}
            theme={theme}
            focusedId={focus?.kind === 'edge' && focus.keyboard ? focus.id : null}
            events={events}
          />
          {/* Edge targets are wide and drawn last, so on a narrow screen one passing near a node
              would take its tap; these discs give the node back its own circle. Keyboard and
              screen readers use the node buttons above. */}
          <g aria-hidden="true" data-export-skip>
            {scene.byLabel.map((node) => (
              <circle
                key={node.id}
                cx={node.x}
                cy={node.y}
                r={NODE_RADIUS * u}
                fill="transparent"
                style={{ cursor: 'pointer' }}
                onClick={() => events.activate(node)}
                onMouseEnter={() => events.hover(node.id, true)}
                onMouseLeave={() => events.hover(node.id, false)}
              />
            ))}
          </g>
        </g>
      </svg>
    </div>
  )
}
