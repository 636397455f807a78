import type { Box } from '../scene/box-grid'

export interface HitNode {
  id: string
  x: number
  y: number
}

export interface HitEdge {
  id: string
  x1: number
  y1: number
  x2: number
  y2: number
}

export type Hit = { kind: 'node' | 'edge'; id: string }

/** Nodes and edges bucketed in a uniform grid, built once per drawn graph. */
export interface HitIndex {
  cell: number
  nodes: readonly HitNode[]
  edges: readonly HitEdge[]
  nodeCells: Map<number, number[]>
  edgeCells: Map<number, number[]>
}

const SPAN = 1 << 20
const keyOf = (cx: number, cy: number) => (cx + SPAN / 2) * SPAN + (cy + SPAN / 2)

function push(cells: Map<number, number[]>, key: number, i: number) {
  const list = cells.get(key)
  if (list) {
    if (list[list.length - 1] !== i) list.push(i)
  } else cells.set(key, [i])
}

/** Calls `visit` for every grid cell the segment passes through (Amanatides and Woo's walk). */
export function cellsOnSegment(e: HitEdge, cell: number, visit: (cx: number, cy: number) => void) {
  let cx = Math.floor(e.x1 / cell)
  let cy = Math.floor(e.y1 / cell)
  const [ex, ey] = [Math.floor(e.x2 / cell), Math.floor(e.y2 / cell)]
  const [dx, dy] = [e.x2 - e.x1, e.y2 - e.y1]
  const [sx, sy] = [Math.sign(dx), Math.sign(dy)]
  const deltaX = sx ? cell / Math.abs(dx) : Infinity
  const deltaY = sy ? cell / Math.abs(dy) : Infinity
  let tx = sx > 0 ? ((cx + 1) * cell - e.x1) / dx : sx < 0 ? (cx * cell - e.x1) / dx : Infinity
  let ty = sy > 0 ? ((cy + 1) * cell - e.y1) / dy : sy < 0 ? (cy * cell - e.y1) / dy : Infinity
  visit(cx, cy)
  // The walk takes exactly one step per cell boundary crossed; the guard only stops rounding loops.
  for (let guard = Math.abs(ex - cx) + Math.abs(ey - cy); guard > 0; guard--) {
    if (cx === ex && cy === ey) break
    if (tx < ty) {
      cx += sx
      tx += deltaX
    } else {
      cy += sy
      ty += deltaY
    }
    visit(cx, cy)
  }
}

/** Buckets nodes by position and edges by every cell they cross; `cell` is in layout units. */
export function buildHitIndex(
  nodes: readonly HitNode[],
  edges: readonly HitEdge[],
  cell = 20,
): HitIndex {
  const nodeCells = new Map<number, number[]>()
  nodes.forEach((n, i) => push(nodeCells, keyOf(Math.floor(n.x / cell), Math.floor(n.y / cell)), i))
  const edgeCells = new Map<number, number[]>()
  edges.forEach((e, i) => cellsOnSegment(e, cell, (cx, cy) => push(edgeCells, keyOf(cx, cy), i)))
  return { cell, nodes, edges, nodeCells, edgeCells }
}

/** Distance from (x, y) to the segment. */
export function segmentDistance(e: HitEdge, x: number, y: number): number {
  const [dx, dy] = [e.x2 - e.x1, e.y2 - e.y1]
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - e.x1) * dx + (y - e.y1) * dy) / len2))
  return Math.hypot(x - (e.x1 + t * dx), y - (e.y1 + t * dy))
}

/** The index (lowest on ties) of the nearest item within `radius` among the cells around (x, y). */
function nearest(
  cells: Map<number, number[]>,
  cell: number,
  x: number,
  y: number,
  radius: number,
  distance: (i: number) => number,
): number | null {
  let best: { i: number; d: number } | null = null
  // A hair of slack so a point exactly on a cell border still reads its neighbour.
  const r = radius + 1e-9
  for (let cx = Math.floor((x - r) / cell); cx <= Math.floor((x + r) / cell); cx++)
    for (let cy = Math.floor((y - r) / cell); cy <= Math.floor((y + r) / cell); cy++)
      for (const i of cells.get(keyOf(cx, cy)) ?? []) {
        const d = distance(i)
        if (d <= radius && (!best || d < best.d || (d === best.d && i < best.i))) best = { i, d }
      }
  return best?.i ?? null
}

/**
 * What a pointer at layout point (x, y) is on: the nearest node within `nodeRadius`, else the
 * nearest edge within `edgeTolerance`, else the node whose label box it is inside (in the SVG too,
 * edges lie above labels). Reads only nearby grid cells.
 */
export function hitTest(
  index: HitIndex,
  x: number,
  y: number,
  options: {
    nodeRadius: number
    edgeTolerance: number
    labels?: readonly { id: string; box: Box }[]
  },
): Hit | null {
  const { nodes, edges, cell } = index
  const node = nearest(index.nodeCells, cell, x, y, options.nodeRadius, (i) =>
    Math.hypot(nodes[i]!.x - x, nodes[i]!.y - y),
  )
  if (node !== null) return { kind: 'node', id: nodes[node]!.id }
  const edge = nearest(index.edgeCells, cell, x, y, options.edgeTolerance, (i) =>
    segmentDistance(edges[i]!, x, y),
  )
  if (edge !== null) return { kind: 'edge', id: edges[edge]!.id }
  const label = options.labels?.find(
    ({ box }) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1,
  )
  return label ? { kind: 'node', id: label.id } : null
}
