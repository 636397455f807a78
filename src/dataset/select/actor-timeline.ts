import type { LoadedDataset } from '../dataset-schema'
import type { Issue, Position, Stance } from '../schema'
import { indexDataset } from './index-dataset'

/** From `date` on, the actor's stances on `issue`; `changed` when they differ from before. */
export interface TimelineStep {
  date: string
  issue: Issue
  stances: Stance[]
  /** The stances in force before this step; null for the first word on the issue. */
  previous: Stance[] | null
  changed: boolean
  positions: Position[]
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/** An actor's positions by date across every issue, from the matrix's changes (all dates). */
export function selectActorTimeline(d: LoadedDataset, actorId: string): TimelineStep[] {
  const ix = indexDataset(d)
  const steps: TimelineStep[] = []
  for (const cell of d.derived.matrix) {
    if (cell.actor !== actorId) continue
    const issue = ix.issues.get(cell.issue)
    if (!issue) continue
    let previous: Stance[] | null = null
    for (const change of cell.changes) {
      steps.push({
        date: change.date,
        issue,
        stances: change.stances,
        previous,
        changed: previous !== null && !sameSet(previous, change.stances),
        positions: change.positions.map((id) => ix.positions.get(id)!).filter(Boolean),
      })
      previous = change.stances
    }
  }
  return steps.sort(
    (a, b) => a.date.localeCompare(b.date) || a.issue.label.localeCompare(b.issue.label),
  )
}
