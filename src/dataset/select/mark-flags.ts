import type { LoadedDataset } from '../dataset-schema'
import type { Dispute } from '../schema'
import { indexDataset } from './index-dataset'

/** What a view's mark carries beyond its own look: where its records come from and what is selected. */
export interface MarkFlags {
  /** A record behind the mark exists only in the analyst's workspace, not in the published dataset. */
  workspaceOnly: boolean
  /** Labels of the selected dispute's sides the mark's records stand on; empty when none. */
  disputeSides: string[]
  /** The flags in words, for the mark's accessible description and tooltip; null when none. */
  note: string | null
}

/** Flags marks for one dataset and one selection; `flags` takes the ids of the records behind a mark. */
export interface MarkFlagger {
  /** The dispute the URL's `sel` names; null when `sel` is anything else. */
  dispute: Dispute | null
  /** True when the dataset holds any workspace-only record, so views show the legend. */
  hasWorkspaceOnly: boolean
  /**
   * `recordIds`: the records the mark stands for. `relatedIds`: records it is only linked to (a
   * graph node's meetings), which count toward the dispute but do not make the mark the workspace's.
   */
  flags: (recordIds: Iterable<string>, relatedIds?: Iterable<string>) => MarkFlags
}

const NONE: MarkFlags = { workspaceOnly: false, disputeSides: [], note: null }
const cache = new WeakMap<LoadedDataset, Map<string, MarkFlagger>>()

/** The note's wording, shared by every view so a screen reader hears the same words everywhere. */
export const WORKSPACE_ONLY_TEXT = 'only in your workspace, not in the published dataset'
const sideText = (sides: string[]) => `in the selected dispute (${sides.join('; ')})`

/**
 * One flagger per dataset and `sel`, so every view (matrix, chart, graph, timeline, tables) asks
 * the same question the same way: is this mark the workspace's own, and is it part of the dispute
 * selected? Memoised, so a view's re-render costs a set lookup per record.
 */
export function markFlagger(d: LoadedDataset, sel: string | null): MarkFlagger {
  let perSel = cache.get(d)
  if (!perSel) cache.set(d, (perSel = new Map<string, MarkFlagger>()))
  const key = sel ?? ''
  const hit = perSel.get(key)
  if (hit) return hit
  const only = d.workspace?.only ?? new Set<string>()
  const dispute = sel ? (indexDataset(d).disputes.get(sel) ?? null) : null
  const sideOf = new Map<string, string[]>()
  for (const side of dispute?.sides ?? [])
    for (const r of side.records) sideOf.set(r, [...(sideOf.get(r) ?? []), side.label])
  const flagger: MarkFlagger = {
    dispute,
    hasWorkspaceOnly: only.size > 0,
    flags(ids, related = []) {
      if (!only.size && !sideOf.size) return NONE
      let workspaceOnly = false
      const sides = new Set<string>()
      for (const id of ids) {
        if (only.has(id)) workspaceOnly = true
        for (const s of sideOf.get(id) ?? []) sides.add(s)
      }
      for (const id of related) for (const s of sideOf.get(id) ?? []) sides.add(s)
      if (!workspaceOnly && !sides.size) return NONE
      const disputeSides = [...sides]
      const words = [
        workspaceOnly ? WORKSPACE_ONLY_TEXT : '',
        sides.size ? sideText(disputeSides) : '',
      ]
      return { workspaceOnly, disputeSides, note: words.filter(Boolean).join('; ') }
    },
  }
  perSel.set(key, flagger)
  return flagger
}

/** Class names for a flagged mark, the same in every view's CSS. */
export function flagClasses(f: MarkFlags): string {
  return [f.workspaceOnly ? 'is-workspace-only' : '', f.disputeSides.length ? 'is-in-dispute' : '']
    .filter(Boolean)
    .join(' ')
}
