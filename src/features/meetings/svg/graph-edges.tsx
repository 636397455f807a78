import { memo, useMemo } from 'react'
import type { GraphViewEdge } from '../../../dataset/select/graph-view'
import { dashArray, edgeWidth, type LineStyle } from '../scene/graph-model'
import type { Theme } from '../../../lib/theme'
import { ROVING_KEY, useRovingFocus } from '../../../lib/use-roving-focus'
import { onActivateKey } from './graph-node'
import { NODE_RADIUS } from '../scene/graph-style'
import type { MarkFlags } from '../../../dataset/select/mark-flags'

export interface DrawnEdge {
  edge: GraphViewEdge
  x1: number
  y1: number
  x2: number
  y2: number
  style: LineStyle
  label: string
  selected: boolean
  /** Workspace-only and selected-dispute flags (graph-flags.ts); null when none. */
  flags: MarkFlags | null
  /** Incident to the hovered node, or itself hovered or focused. */
  lit: boolean
  dimmed: boolean
}

/** What an edge's button does: one object per graph, so the memo'd buttons need not re-render for it. */
export interface EdgeEvents {
  selectEdge: (edgeId: string) => void
  hoverEdge: (edgeId: string, on: boolean) => void
  focusEdge: (edgeId: string, on: boolean, visible: boolean) => void
}

/** The visible lines, drawn beneath the nodes; their focusable hit targets are `EdgeTargets`. */
export function EdgeLines({
  edges,
  unit,
  theme,
}: {
  edges: DrawnEdge[]
  unit: number
  theme: Theme
}) {
  return (
    <g aria-hidden="true">
      {edges.map((d) => (
        <EdgeLine
          key={d.edge.id}
          x1={d.x1}
          y1={d.y1}
          x2={d.x2}
          y2={d.y2}
          weight={d.edge.weight}
          style={d.style}
          selected={d.selected}
          inDispute={!!d.flags?.disputeSides.length}
          workspaceOnly={!!d.flags?.workspaceOnly}
          lit={d.lit}
          dimmed={d.dimmed}
          unit={unit}
          theme={theme}
        />
      ))}
    </g>
  )
}

// Edges take plain values and are memo'd: a filter change or a hover re-renders only the edges
// whose look changed, not all of them (decision 010).
const EdgeLine = memo(function EdgeLine(d: {
  x1: number
  y1: number
  x2: number
  y2: number
  weight: number
  style: LineStyle
  selected: boolean
  inDispute: boolean
  workspaceOnly: boolean
  lit: boolean
  dimmed: boolean
  unit: number
  theme: Theme
}) {
  const { unit: u, theme } = d
  const opacity = d.dimmed ? 0.15 : 1
  const line = (
    <line
      x1={d.x1}
      y1={d.y1}
      x2={d.x2}
      y2={d.y2}
      stroke={d.selected ? theme.accent : d.lit ? theme.fg : theme.edge}
      strokeWidth={(edgeWidth(d.weight) + (d.selected ? 2 : 0)) * u}
      strokeDasharray={dashArray(d.style, u)}
      strokeLinecap={d.style === 'dotted' ? 'round' : 'butt'}
      opacity={opacity}
    />
  )
  if (!d.inDispute && !d.workspaceOnly) return line
  // A halo under the line for the selected dispute; a dotted line beside it for the workspace's.
  const w = edgeWidth(d.weight) * u
  return (
    <g opacity={opacity}>
      {d.inDispute ? (
        <line {...ends(d)} stroke={theme.focus} strokeWidth={w + 7 * u} strokeOpacity={0.55} />
      ) : null}
      {line}
      {d.workspaceOnly ? (
        <line
          {...ends(d)}
          stroke={theme.accent}
          strokeWidth={w + 4 * u}
          strokeDasharray={`${1 * u} ${4 * u}`}
          strokeLinecap="round"
          fill="none"
          opacity={0.9}
        />
      ) : null}
    </g>
  )
})

const ends = (d: { x1: number; y1: number; x2: number; y2: number }) => ({
  x1: d.x1,
  y1: d.y1,
  x2: d.x2,
  y2: d.y2,
})

/** Wide invisible lines, one keyboard-operable button per edge, trimmed so they never cover a node. */
export function EdgeTargets(props: {
  edges: DrawnEdge[]
  unit: number
  theme: Theme
  focusedId: string | null
  events: EdgeEvents
}) {
  // The links are one Tab stop after the nodes; the arrows move between them in drawing order.
  const order = useMemo(() => props.edges.map((d) => d.edge.id), [props.edges])
  const { tabKey, groupProps } = useRovingFocus(order)
  return (
    <g {...groupProps}>
      {props.edges.map((d) => (
        <EdgeTarget
          key={d.edge.id}
          id={d.edge.id}
          x1={d.x1}
          y1={d.y1}
          x2={d.x2}
          y2={d.y2}
          label={d.label}
          note={d.flags?.note ?? null}
          selected={d.selected}
          focused={props.focusedId === d.edge.id}
          tabbable={tabKey === d.edge.id}
          unit={props.unit}
          theme={props.theme}
          events={props.events}
        />
      ))}
    </g>
  )
}

const EdgeTarget = memo(function EdgeTarget(d: {
  id: string
  x1: number
  y1: number
  x2: number
  y2: number
  label: string
  note: string | null
  selected: boolean
  focused: boolean
  tabbable: boolean
  unit: number
  theme: Theme
  events: EdgeEvents
}) {
  const { id, unit: u, events } = d
  const trim = (NODE_RADIUS + 5) * u
  const len = Math.hypot(d.x2 - d.x1, d.y2 - d.y1)
  const t = len > 2 * trim ? trim / len : 0
  const [x1, y1] = [d.x1 + (d.x2 - d.x1) * t, d.y1 + (d.y2 - d.y1) * t]
  const [x2, y2] = [d.x2 - (d.x2 - d.x1) * t, d.y2 - (d.y2 - d.y1) * t]
  const select = () => events.selectEdge(id)
  return (
    <g
      role="button"
      tabIndex={d.tabbable ? 0 : -1}
      {...{ [ROVING_KEY]: id }}
      aria-label={d.label}
      aria-description={d.note ?? undefined}
      aria-pressed={d.selected}
      onClick={select}
      onKeyDown={onActivateKey(select)}
      onMouseEnter={() => events.hoverEdge(id, true)}
      onMouseLeave={() => events.hoverEdge(id, false)}
      onFocus={(e) => events.focusEdge(id, true, e.currentTarget.matches(':focus-visible'))}
      onBlur={() => events.focusEdge(id, false, false)}
    >
      <title>{d.note ? `${d.label} (${d.note})` : d.label}</title>
      {d.focused ? (
        <line
          x1={x1}
          y1={y1}
          x2={x2}
          y2={y2}
          stroke={d.theme.focus}
          strokeWidth={3 * u}
          strokeDasharray={`${4 * u} ${3 * u}`}
        />
      ) : null}
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke="#000000"
        strokeOpacity={0}
        strokeWidth={14 * u}
        pointerEvents="stroke"
      />
    </g>
  )
})
