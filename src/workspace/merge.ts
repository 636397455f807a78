import type { LoadedDataset } from '../dataset/dataset-schema'
import type { Annotations, Source, SourceMeta } from '../dataset/schema'
import { COLLECTIONS, type Collection, type WorkspaceEntry } from './entries'

/** How a record of the merged dataset relates to the published one. */
type RecordStatus = 'new' | 'edited' | 'deleted'

export interface MergedAnnotations {
  annotations: Annotations
  /** Every source's text, the workspace's articles included. */
  texts: Map<string, string>
  /** Status of every record the workspace touches, by id. */
  status: Map<string, { collection: Collection; status: RecordStatus }>
}

type Row = { id: string }

/** A source without its text: what sources.json holds. */
export function sourceMeta(source: Source): SourceMeta {
  const { text, ...meta } = source
  void text
  return meta
}

/**
 * The published annotations with the workspace's entries applied: a changed record replaces the
 * published one in place (so files and views keep their order), a new one is appended, a deleted
 * one is dropped. Pure: the build, the views and the download all see the same result.
 */
export function mergeWorkspace(
  base: LoadedDataset,
  entries: readonly WorkspaceEntry[],
): MergedAnnotations {
  const byCollection = new Map<Collection, WorkspaceEntry[]>()
  for (const e of entries)
    byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e])
  const status: MergedAnnotations['status'] = new Map()
  const texts = new Map(base.sources.map((s) => [s.id, s.text]))
  const merged: Record<string, unknown> = { title: base.title }
  for (const collection of COLLECTIONS) {
    const published = collection === 'sources' ? base.sources.map(sourceMeta) : base[collection]
    const changes = new Map((byCollection.get(collection) ?? []).map((e) => [e.id, e]))
    const out: Row[] = []
    for (const r of published) {
      const change = changes.get(r.id)
      if (!change) out.push(r)
      else {
        changes.delete(r.id)
        status.set(r.id, { collection, status: change.record ? 'edited' : 'deleted' })
        if (change.record) out.push(change.record as unknown as Row)
        if (!change.record && collection === 'sources') texts.delete(r.id)
      }
    }
    // What is left is new; sorted by id so two tabs or two analysts get the same order.
    for (const change of [...changes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      if (!change.record) continue
      out.push(change.record as unknown as Row)
      status.set(change.id, { collection, status: 'new' })
    }
    for (const change of byCollection.get(collection) ?? [])
      if (collection === 'sources' && change.record && change.text !== undefined)
        texts.set(change.id, change.text)
    merged[collection] = out
  }
  return { annotations: merged as unknown as Annotations, texts, status }
}

/** Ids of records that exist only in the workspace (new), for "not in the published dataset" marks. */
export function workspaceOnlyIds(status: MergedAnnotations['status']): Set<string> {
  return new Set([...status].filter(([, s]) => s.status === 'new').map(([id]) => id))
}
