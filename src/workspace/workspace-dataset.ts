import type { LoadedDataset } from '../dataset/dataset-schema'
import { deriveViewsFrom, type DerivedState } from '../dataset/derive-incremental'
import { validateChangedAnnotations } from '../dataset/validate-changed'
import type { Problem } from '../dataset/verify'
import type { WorkspaceEntry } from './entries'
import { mergeWorkspace, workspaceOnlyIds, type MergedAnnotations } from './merge'

export interface WorkspaceDataset {
  dataset: LoadedDataset
  merged: MergedAnnotations
  /** What the build would refuse in the merged annotations (a dangling reference, a bad quote). */
  problems: Problem[]
  /** What the next save's derivation starts from. */
  state: DerivedState
}

/** The published dataset as a starting point for `buildWorkspaceDataset`: its views are derived already. */
export const publishedState = (base: LoadedDataset): DerivedState => ({
  annotations: mergeWorkspace(base, []).annotations,
  derived: base.derived,
})

/**
 * The published dataset with the workspace applied, checked by the build's own validation and
 * derived by the build's own code (derive.ts), so every view shows the workspace's records. Only
 * what changed since `previous` (by default the published dataset) is derived again.
 */
export function buildWorkspaceDataset(
  base: LoadedDataset,
  entries: readonly WorkspaceEntry[],
  previous: DerivedState = publishedState(base),
): WorkspaceDataset {
  const merged = mergeWorkspace(base, entries)
  const { annotations: a, texts } = merged
  const only = workspaceOnlyIds(merged.status)
  const changed = new Set(
    [...merged.status].filter(([, s]) => s.status !== 'deleted').map(([id]) => id),
  )
  // The published records passed the schema when the dataset was built: only the workspace's need it.
  const checked = validateChangedAnnotations(a, texts, changed)
  const derived = deriveViewsFrom(previous, a)
  const dataset: LoadedDataset = {
    ...a,
    schemaVersion: base.schemaVersion,
    // A distinct version, so nothing mistakes the merged data for the published file.
    version: `${base.version}+workspace`,
    builtAt: base.builtAt,
    sources: a.sources.map((s) => ({ ...s, text: texts.get(s.id) ?? '' })),
    derived,
    // Named by what was loaded; the workspace's part is counted in `workspace` and in every caption.
    provenance: base.provenance,
    workspace: { only, changed },
  }
  const problems = checked.ok ? [] : checked.problems
  return { dataset, merged, problems, state: { annotations: a, derived } }
}
