import { memo, type KeyboardEvent } from 'react'
import type { GraphView } from '../../../dataset/select/graph-view'
import { actorColour } from '../../../components/palette'
import type { LabelSide } from '../scene/graph-model'
import { labelBox } from '../scene/label-placement'
import type { Theme } from '../../../lib/theme'
import { ROVING_KEY } from '../../../lib/use-roving-focus'
import { FONT_FAMILY, NODE_RADIUS } from '../scene/graph-style'
import type { MarkFlags } from '../../../dataset/select/mark-flags'

export interface NodeState {
  selected: boolean
  /** Outside the hovered or focused neighbourhood. */
  dimmed: boolean
  /** Another actor is focused from elsewhere. */
  muted: boolean
  keyboardFocus: boolean
}

/** Runs `action` on Enter or Space, as a native button would. */
export function onActivateKey(action: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      action()
    }
  }
}

type GraphNode = GraphView['nodes'][number]

interface NodeLook {
  node: GraphNode
  label: string
  labelSide: LabelSide
  title: string
  /** Workspace-only and selected-dispute flags (graph-flags.ts); null when none. */
  flags?: MarkFlags | null
  unit: number
  theme: Theme
}

/** What a node's button does: one object per graph, so the memo'd buttons need not re-render for it. */
export interface NodeEvents {
  activate: (node: GraphNode) => void
  hover: (nodeId: string, on: boolean) => void
  focusChange: (node: GraphNode, on: boolean, visible: boolean) => void
}

type NodeButtonProps = NodeLook & NodeState & { events: NodeEvents; tabbable: boolean }

/**
 * `GraphNodeMark` memo'd on what it draws. A filter change makes a new object for every node
 * (`selectGraph`), so nodes compare by their fields: only the nodes whose look changed re-render
 * on a filter change or a hover, not all of them (decision 010).
 */
export const GraphNodeButton = memo(
  function GraphNodeButton({
    events,
    selected,
    dimmed,
    muted,
    keyboardFocus,
    tabbable,
    ...look
  }: NodeButtonProps) {
    const { node } = look
    return (
      <GraphNodeMark
        {...look}
        tabbable={tabbable}
        state={{ selected, dimmed, muted, keyboardFocus }}
        onActivate={() => events.activate(node)}
        onHover={(on) => events.hover(node.id, on)}
        onFocusChange={(on, visible) => events.focusChange(node, on, visible)}
      />
    )
  },
  (a, b) =>
    (Object.keys(a) as (keyof NodeButtonProps)[]).every((k) =>
      k === 'node' ? sameFields(a.node, b.node) : Object.is(a[k], b[k]),
    ),
)

function sameFields(a: GraphNode, b: GraphNode): boolean {
  return a === b || (Object.keys(a) as (keyof GraphNode)[]).every((k) => Object.is(a[k], b[k]))
}

/** One person (circle) or body (rounded square), a keyboard-operable button with its label beneath. */
export function GraphNodeMark(
  props: NodeLook & {
    state: NodeState
    onActivate: () => void
    onHover: (on: boolean) => void
    onFocusChange: (on: boolean, visible: boolean) => void
    /** False for every node but the graph's one Tab stop (roving tabindex). */
    tabbable?: boolean
  },
) {
  const { node, state, unit: u, theme } = props
  const r = NODE_RADIUS * u
  const fill = actorColour(node.actor)
  const gap = r + 4.8 * u
  const place: Record<LabelSide, { x: number; y: number; textAnchor: 'middle' | 'start' | 'end' }> =
    {
      above: { x: 0, y: -gap, textAnchor: 'middle' },
      below: { x: 0, y: gap + 9 * u, textAnchor: 'middle' },
      left: { x: -gap, y: 4 * u, textAnchor: 'end' },
      right: { x: gap, y: 4 * u, textAnchor: 'start' },
    }
  const lb = labelBox({ x: 0, y: 0, text: props.label }, props.labelSide, 12 * u, gap)
  const hitBox = {
    x: Math.min(lb.x0, -r),
    y: Math.min(lb.y0, -r),
    width: Math.max(lb.x1, r) - Math.min(lb.x0, -r),
    height: Math.max(lb.y1, r) - Math.min(lb.y0, -r),
  }
  const rim = {
    stroke: node.focused ? theme.fg : theme.bg,
    strokeWidth: (node.focused ? 3.5 : 1.5) * u,
  }
  return (
    <g
      role="button"
      tabIndex={props.tabbable === false ? -1 : 0}
      {...{ [ROVING_KEY]: node.id }}
      aria-label={node.label}
      aria-description={props.flags?.note ?? undefined}
      aria-pressed={state.selected}
      transform={`translate(${node.x} ${node.y})`}
      opacity={state.dimmed ? 0.2 : state.muted ? 0.55 : 1}
      onClick={props.onActivate}
      onKeyDown={onActivateKey(props.onActivate)}
      onMouseEnter={() => props.onHover(true)}
      onMouseLeave={() => props.onHover(false)}
      onFocus={(e) => props.onFocusChange(true, e.currentTarget.matches(':focus-visible'))}
      onBlur={() => props.onFocusChange(false, false)}
    >
      <title>{props.flags?.note ? `${props.title} (${props.flags.note})` : props.title}</title>
      {props.flags?.disputeSides.length ? (
        <circle r={r + 6 * u} fill={theme.focus} fillOpacity={0.35} stroke="none" />
      ) : null}
      {props.flags?.workspaceOnly ? (
        <circle
          r={r + 3 * u}
          fill="none"
          stroke={theme.accent}
          strokeWidth={2 * u}
          strokeDasharray={`${1 * u} ${3 * u}`}
          strokeLinecap="round"
        />
      ) : null}
      {state.keyboardFocus ? (
        <circle r={r + 7 * u} fill="none" stroke={theme.focus} strokeWidth={3 * u} />
      ) : null}
      {state.selected ? (
        <circle r={r + 4 * u} fill="none" stroke={theme.accent} strokeWidth={3 * u} />
      ) : null}
      {/* The label is part of the button: an invisible box makes all of it, not just the glyphs, clickable. */}
      <rect {...hitBox} fill="#000000" fillOpacity={0} />
      {node.kind === 'body' ? (
        <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={3 * u} fill={fill} {...rim} />
      ) : (
        <circle r={r} fill={fill} {...rim} />
      )}
      <text
        {...place[props.labelSide]}
        fontFamily={FONT_FAMILY}
        fontSize={12 * u}
        fontWeight={state.selected || node.focused ? 700 : 400}
        fill={theme.fg}
        stroke={theme.bg}
        strokeWidth={4 * u}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {props.label}
      </text>
    </g>
  )
}
