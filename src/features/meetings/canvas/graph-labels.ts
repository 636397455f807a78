import type { Box } from '../scene/box-grid'
import { shortLabel, type LabelSide } from '../scene/graph-model'
import type { GraphNodeView, GraphScene } from '../scene/graph-scene'
import { labelBox, placeLabels } from '../scene/label-placement'

export interface PlacedLabel {
  id: string
  text: string
  side: LabelSide
  box: Box
}

const byImportance = new WeakMap<GraphScene, readonly GraphNodeView[]>()

/** Nodes with the most meetings in range first (then by label), sorted once per scene. */
function importanceOrder(scene: GraphScene): readonly GraphNodeView[] {
  let order = byImportance.get(scene)
  if (!order) {
    const count = (n: GraphNodeView) => scene.adjacency.meetingCount.get(n.id) ?? 0
    // byLabel is already in label order and the sort is stable, so ties stay alphabetical.
    order = [...scene.byLabel].sort((a, b) => count(b) - count(a))
    byImportance.set(scene, order)
  }
  return order
}

const inside = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1

/**
 * Labels for a graph too dense to label every node: the `pinned` nodes first (hovered, selected,
 * their neighbours), then nodes of the focused actor, then the rest by meetings in range, keeping
 * only those in `viewport` whose label fits without touching another, up to `limit`.
 */
export function chooseLabels(
  scene: GraphScene,
  options: {
    pinned: readonly string[]
    viewport: Box
    limit: number
    compact: boolean
    font: number
    radius: number
  },
): PlacedLabel[] {
  const { viewport: v } = options
  const visible = scene.graph.nodes.filter((n) => inside(v, n.x, n.y))
  const order = importanceOrder(scene)
  const candidates: GraphNodeView[] = []
  const taken = new Set<string>()
  const take = (n: GraphNodeView | undefined) => {
    if (!n || taken.has(n.id) || !inside(v, n.x, n.y)) return
    taken.add(n.id)
    candidates.push(n)
  }
  for (const id of options.pinned) take(scene.nodeById.get(id))
  if (scene.anyFocused) for (const n of order) if (n.focused) take(n)
  // Several candidates per label: many are left out for lack of room.
  for (const n of order) {
    if (candidates.length >= options.limit * 6) break
    take(n)
  }
  const items = candidates.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    text: shortLabel(n, options.compact),
    preferred: scene.preferredSide(n.id),
  }))
  const sides = placeLabels(items, options.font, options.radius, {
    obstacles: visible,
    sparse: { limit: options.limit },
  })
  const gap = options.radius + options.font * 0.4
  return items.flatMap((item) => {
    const side = sides.get(item.id)
    return side
      ? [{ id: item.id, text: item.text, side, box: labelBox(item, side, options.font, gap) }]
      : []
  })
}
