import { useState } from 'react'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import { neighbourhood, type GraphView } from '../../../dataset/select/graph'
import { useFilters } from '../../../lib/use-filters'
import {
  edgeIsSelected,
  edgeLabel,
  edgeLineStyle,
  labelSide,
  shortLabel,
  type LineStyle,
} from '../graph-model'
import { useSvgTheme } from '../use-svg-theme'
import { useZoomPan } from '../use-zoom-pan'
import { BOX, markScale, transformOf } from '../zoom'
import { EdgeLines, EdgeTargets, type DrawnEdge } from './graph-edges'
import { GraphNodeMark, NODE_RADIUS } from './graph-node'
import { placeLabels } from '../label-placement'

type Active = { kind: 'node' | 'edge'; id: string; keyboard: boolean } | null

/** The meeting graph as plain SVG: fixed layout, zoom and pan, neighbourhood highlight, URL selection. */
export function MeetingGraph({ graph, ix }: { graph: GraphView; ix: DatasetIndex }) {
  const { filters, update } = useFilters()
  const theme = useSvgTheme()
  const { svgRef, view, width, zoomBy, reset, bringIntoView, handlers } = useZoomPan()
  const [hover, setHover] = useState<Active>(null)
  const [focus, setFocus] = useState<Active>(null)
  // A mouse click also focuses a node; only keyboard focus should keep its neighbourhood lit.
  const active = hover ?? (focus?.keyboard ? focus : null)

  const u = markScale(width, view.k)
  // Below ~0.7 screen px per layout unit, full names collide; surnames keep the graph legible.
  const compact = width > 0 && (width / BOX.width) * view.k < 0.7
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const labelOf = (id: string) => byId.get(id)?.label ?? id
  const lit = active?.kind === 'node' ? neighbourhood(graph.edges, active.id) : null
  const litEdge = active?.kind === 'edge' ? graph.edges.find((e) => e.id === active.id) : undefined
  const near = lit ?? (litEdge ? new Set([litEdge.source, litEdge.target]) : null)
  const anyFocused = graph.nodes.some((n) => n.focused)

  const onHover = (kind: 'node' | 'edge', id: string) => (on: boolean) =>
    setHover((cur) => (on ? { kind, id, keyboard: false } : cur?.id === id ? null : cur))
  const onFocusChange = (kind: 'node' | 'edge', id: string) => (on: boolean, visible: boolean) =>
    setFocus((cur) => (on ? { kind, id, keyboard: visible } : cur?.id === id ? null : cur))

  const drawn: DrawnEdge[] = graph.edges.flatMap((edge) => {
    const s = byId.get(edge.source)
    const t = byId.get(edge.target)
    if (!s || !t) return []
    const style: LineStyle = edgeLineStyle(
      edge.inRange.map((id) => ix.meetings.get(id)?.status ?? 'held'),
    )
    const incident =
      active?.kind === 'node'
        ? edge.source === active.id || edge.target === active.id
        : active?.id === edge.id
    return [
      {
        edge,
        x1: s.x,
        y1: s.y,
        x2: t.x,
        y2: t.y,
        style,
        label: edgeLabel(edge, labelOf),
        selected: edgeIsSelected(edge, filters.sel),
        lit: !!active && incident,
        dimmed: !!active && !incident,
      },
    ]
  })

  const neighboursOf = (id: string) =>
    [...neighbourhood(graph.edges, id)].filter((n) => n !== id).flatMap((n) => byId.get(n) ?? [])
  const nodeTitle = (n: (typeof graph.nodes)[number]) => {
    const count = meetingsOf(n.id)
    const actor = n.actor ? `, ${ix.actors.get(n.actor)?.name ?? n.actor}` : ''
    return `${n.label}${actor}: ${count} meeting${count === 1 ? '' : 's'} in range`
  }
  const meetingsOf = (id: string) =>
    new Set(graph.edges.filter((e) => e.source === id || e.target === id).flatMap((e) => e.inRange))
      .size
  const nodes = [...graph.nodes].sort((a, b) => a.label.localeCompare(b.label))
  const sides = placeLabels(
    nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      text: shortLabel(n, compact),
      preferred: labelSide(n, neighboursOf(n.id)),
    })),
    12 * u,
    NODE_RADIUS * u,
  )

  return (
    <div className="meeting-graph">
      <div className="meeting-graph-tools" role="group" aria-label="Zoom" data-export-skip>
        <button type="button" onClick={() => zoomBy(1.4)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)}>
          Zoom out
        </button>
        <button type="button" onClick={reset}>
          Reset view
        </button>
        <span className="meeting-graph-hint">Scroll to zoom, drag to pan.</span>
      </div>
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
        <rect width={BOX.width} height={BOX.height} fill={theme.halo} />
        <g transform={transformOf(view)}>
          <EdgeLines edges={drawn} unit={u} theme={theme} />
          <g>
            {nodes.map((node) => (
              <GraphNodeMark
                key={node.id}
                node={node}
                label={shortLabel(node, compact)}
                labelSide={sides.get(node.id) ?? 'below'}
                title={nodeTitle(node)}
                state={{
                  selected: node.selected || filters.sel === `node:${node.id}`,
                  dimmed: !!near && !near.has(node.id),
                  muted: anyFocused && !node.focused && !near?.has(node.id),
                  keyboardFocus: focus?.kind === 'node' && focus.id === node.id && focus.keyboard,
                }}
                unit={u}
                theme={theme}
                onActivate={() =>
                  node.person
                    ? update({ person: node.person, sel: null })
                    : update({ sel: `node:${node.id}`, person: null })
                }
                onHover={onHover('node', node.id)}
                onFocusChange={(on, visible) => {
                  onFocusChange('node', node.id)(on, visible)
                  if (on) bringIntoView(node.x, node.y)
                }}
              />
            ))}
          </g>
          <EdgeTargets
            edges={drawn}
            unit={u}
            theme={theme}
            focusedId={focus?.kind === 'edge' && focus.keyboard ? focus.id : null}
            onSelect={(id) => update({ sel: `edge:${id}`, person: null })}
            onHover={(id, on) => onHover('edge', id)(on)}
            onFocusChange={(id, on, visible) => onFocusChange('edge', id)(on, visible)}
          />
        </g>
      </svg>
    </div>
  )
}
