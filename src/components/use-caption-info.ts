import { useCallback } from 'react'
import { useDataset } from '../url-state/dataset-on-screen'
import { datasetLine } from '../dataset/provenance'
import { indexDataset } from '../dataset/select/index-dataset'
import { resolveSelection } from '../dataset/select/selection'
import { selectionTitle } from '../dataset/select/selection-title'
import { useFilters } from '../url-state/use-url-state'
import { captionSources, type CaptionInfo } from '../lib/export/caption'

/** Builds an export caption for a view from the current filter and the sources its marks cite. */
export function useCaptionInfo(): (title: string, sourceIds: readonly string[]) => CaptionInfo {
  const dataset = useDataset()
  const { filters } = useFilters()
  return useCallback(
    (title, sourceIds) => {
      const ix = indexDataset(dataset)
      const focus = [
        filters.actor ? `actor ${ix.actors.get(filters.actor)?.name ?? filters.actor}` : null,
        filters.issue ? `issue ${ix.issues.get(filters.issue)?.label ?? filters.issue}` : null,
        filters.person ? `person ${ix.people.get(filters.person)?.name ?? filters.person}` : null,
      ].filter((x): x is string => x !== null)
      const selection = resolveSelection(dataset, filters)
      return {
        title,
        from: filters.from,
        to: filters.to,
        focus,
        selection: selection ? selectionTitle(selection, ix) : null,
        datasetVersion: dataset.provenance.hash,
        importedFrom: dataset.provenance.kind === 'built-in' ? null : dataset.provenance.origin,
        dataset: datasetLine(dataset.provenance, dataset.builtAt),
        workspaceRecords: dataset.workspace?.only.size ?? 0,
        sources: captionSources(sourceIds, ix.sources),
      }
    },
    [dataset, filters],
  )
}
