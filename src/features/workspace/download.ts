import type { LoadedDataset } from '../../dataset/dataset-schema'
import { annotationFiles, zipFiles } from '../../workspace/annotation-files'
import type { WorkspaceEntry } from '../../workspace/entries'
import { mergeWorkspace } from '../../workspace/merge'

/** Hands a file to the browser's download. */
function saveFile(name: string, content: BlobPart, type: string) {
  const href = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = href
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}

const stamp = () => new Date().toISOString().slice(0, 10)

/** The repository's data/ files with the workspace applied, zipped (built from memory, never the store). */
export async function downloadAnnotations(base: LoadedDataset, entries: readonly WorkspaceEntry[]) {
  const files = await annotationFiles(mergeWorkspace(base, entries))
  saveFile(`blueline-annotations-${stamp()}.zip`, zipFiles(files) as BlobPart, 'application/zip')
}

/** The merged dataset as a `dataset.json` that "Open dataset…" and `npm run validate` accept. */
export function downloadDataset(merged: LoadedDataset) {
  const dataset: Partial<LoadedDataset> = { ...merged }
  delete dataset.workspace
  saveFile(`blueline-dataset-${stamp()}.json`, JSON.stringify(dataset), 'application/json')
}
