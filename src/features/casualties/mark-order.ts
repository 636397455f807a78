import type { CasualtyPoint } from '../../dataset/select/casualties'
import type { Group } from './grouped/casualty-bins'

/** The arrow-key order of figure marks: by report date, then by value, then by id so ties are stable. */
export function figureKeyOrder(points: readonly CasualtyPoint[]): string[] {
  return [...points]
    .sort(
      (a, b) =>
        a.reported.localeCompare(b.reported) ||
        a.casualty.value - b.casualty.value ||
        a.id.localeCompare(b.id),
    )
    .map((p) => p.id)
}

/** The arrow-key order of group marks: by first report date, then by how many figures they hold. */
export function groupKeyOrder(groups: readonly Group[]): string[] {
  return [...groups]
    .sort(
      (a, b) =>
        a.firstReported.localeCompare(b.firstReported) ||
        a.ids.length - b.ids.length ||
        a.key.localeCompare(b.key),
    )
    .map((g) => g.key)
}
