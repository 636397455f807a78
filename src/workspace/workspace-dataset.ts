import type { LoadedDataset } from '../dataset/dataset-schema'
import { deriveViews } from '../dataset/derive'
import { validateAnnotations } from '../dataset/validate'
import type { Problem } from '../dataset/verify'
import type { WorkspaceEntry } from './entries'
import { mergeWorkspace, workspaceOnlyIds, type MergedAnnotations } from './merge'

export interface WorkspaceDataset {
  dataset: LoadedDataset
  merged: MergedAnnotations
  /** What the build would refuse in the merged annotations (a dangling reference, a bad quote). */
  problems: Problem[]
}

/**
 * The published dataset with the workspace applied, checked by the build's own validation and
 * derived by the build's own code (derive.ts), so every view shows the workspace's records.
 */
export function buildWorkspaceDataset(
  base: LoadedDataset,
  entries: readonly WorkspaceEntry[],
): WorkspaceDataset {
  const merged = mergeWorkspace(base, entries)
  const { annotations: a, texts } = merged
  const checked = validateAnnotations(a, texts)
  const only = workspaceOnlyIds(merged.status)
  const changed = new Set(
    [...merged.status].filter(([, s]) => s.status !== 'deleted').map(([id]) => id),
  )
  const dataset: LoadedDataset = {
    ...a,
    schemaVersion: base.schemaVersion,
    // A distinct version, so nothing mistakes the merged data for the published file.
    version: `${base.version}+workspace`,
    builtAt: base.builtAt,
    sources: a.sources.map((s) => ({ ...s, text: texts.get(s.id) ?? '' })),
    derived: deriveViews(a),
    // Named by what was loaded; the workspace's part is counted in `workspace` and in every caption.
    provenance: base.provenance,
    workspace: { only, changed },
  }
  return { dataset, merged, problems: checked.ok ? [] : checked.problems }
}
