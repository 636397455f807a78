import type { LoadedDataset } from '../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../dataset/select/casualties'
import { indexDataset } from '../../dataset/select/index-dataset'

/**
 * Disputed figures whose every counterpart in the dispute is outside the filter: their mark says
 * so, rather than point at a contradiction the chart or image does not show.
 */
export function lonelyDisputes(d: LoadedDataset, points: readonly CasualtyPoint[]): Set<string> {
  const ix = indexDataset(d)
  const shown = new Set(points.map((p) => p.id))
  const lonely = new Set<string>()
  for (const p of points) {
    if (!p.disputed) continue
    const others = (ix.disputesOf.get(p.id) ?? [])
      .flatMap((id) => ix.disputes.get(id)?.sides.flatMap((s) => s.records) ?? [])
      .filter((r) => r !== p.id)
    if (others.length > 0 && others.every((r) => !shown.has(r))) lonely.add(p.id)
  }
  return lonely
}
