import type { UrlState } from '../../../url-state/url-state'
import type { GraphNodeView } from './graph-scene'
import { BOX } from './zoom'

/** The zoom buttons above the graph, left out of exports. */
export function ZoomTools(props: {
  zoomBy: (f: number) => void
  reset: () => void
  hint: string
  disabled?: boolean
}) {
  return (
    <div className="meeting-graph-tools" role="group" aria-label="Zoom" data-export-skip>
      <button type="button" disabled={props.disabled} onClick={() => props.zoomBy(1.4)}>
        Zoom in
      </button>
      <button type="button" disabled={props.disabled} onClick={() => props.zoomBy(1 / 1.4)}>
        Zoom out
      </button>
      <button type="button" disabled={props.disabled} onClick={props.reset}>
        Reset view
      </button>
      <span className="meeting-graph-hint">{props.hint}</span>
    </div>
  )
}

/** Below ~0.7 screen px per layout unit, full names collide; surnames keep the graph legible. */
export function isCompact(widthPx: number, k: number): boolean {
  return widthPx > 0 && (widthPx / BOX.width) * k < 0.7
}

/** The URL change that selects a node: a person focuses that person, a body is a selection. */
export function selectNode(node: GraphNodeView): Partial<UrlState> {
  return node.person ? { person: node.person, sel: null } : { sel: `node:${node.id}`, person: null }
}
