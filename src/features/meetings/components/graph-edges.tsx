import type { GraphViewEdge } from '../../../dataset/select/graph'
import { dashArray, edgeWidth, type LineStyle } from '../graph-model'
import type { SvgTheme } from '../use-svg-theme'
import { NODE_RADIUS, onActivateKey } from './graph-node'

export interface DrawnEdge {
  edge: GraphViewEdge
  x1: number
  y1: number
  x2: number
  y2: number
  style: LineStyle
  label: string
  selected: boolean
  /** Incident to the hovered node, or itself hovered or focused. */
  lit: boolean
  dimmed: boolean
}

/** The visible lines, drawn beneath the nodes; their focusable hit targets are `EdgeTargets`. */
export function EdgeLines({
  edges,
  unit: u,
  theme,
}: {
  edges: DrawnEdge[]
  unit: number
  theme: SvgTheme
}) {
  return (
    <g aria-hidden="true">
      {edges.map((d) => (
        <line
          key={d.edge.id}
          x1={d.x1}
          y1={d.y1}
          x2={d.x2}
          y2={d.y2}
          stroke={d.selected ? theme.select : d.lit ? theme.edgeActive : theme.edge}
          strokeWidth={(edgeWidth(d.edge.weight) + (d.selected ? 2 : 0)) * u}
          strokeDasharray={dashArray(d.style, u)}
          strokeLinecap={d.style === 'dotted' ? 'round' : 'butt'}
          opacity={d.dimmed ? 0.15 : 1}
        />
      ))}
    </g>
  )
}

/** Wide invisible lines, one keyboard-operable button per edge, trimmed so they never cover a node. */
export function EdgeTargets(props: {
  edges: DrawnEdge[]
  unit: number
  theme: SvgTheme
  focusedId: string | null
  onSelect: (edgeId: string) => void
  onHover: (edgeId: string, on: boolean) => void
  onFocusChange: (edgeId: string, on: boolean, visible: boolean) => void
}) {
  const u = props.unit
  const trim = (NODE_RADIUS + 5) * u
  return (
    <g>
      {props.edges.map((d) => {
        const len = Math.hypot(d.x2 - d.x1, d.y2 - d.y1)
        const t = len > 2 * trim ? trim / len : 0
        const [x1, y1] = [d.x1 + (d.x2 - d.x1) * t, d.y1 + (d.y2 - d.y1) * t]
        const [x2, y2] = [d.x2 - (d.x2 - d.x1) * t, d.y2 - (d.y2 - d.y1) * t]
        const select = () => props.onSelect(d.edge.id)
        return (
          <g
            key={d.edge.id}
            role="button"
            tabIndex={0}
            aria-label={d.label}
            aria-pressed={d.selected}
            style={{ cursor: 'pointer', outline: 'none' }}
            onClick={select}
            onKeyDown={onActivateKey(select)}
            onMouseEnter={() => props.onHover(d.edge.id, true)}
            onMouseLeave={() => props.onHover(d.edge.id, false)}
            onFocus={(e) =>
              props.onFocusChange(d.edge.id, true, e.currentTarget.matches(':focus-visible'))
            }
            onBlur={() => props.onFocusChange(d.edge.id, false, false)}
          >
            <title>{d.label}</title>
            {props.focusedId === d.edge.id ? (
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke={props.theme.focus}
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
      })}
    </g>
  )
}
