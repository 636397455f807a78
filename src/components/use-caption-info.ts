import { useCallback } from 'react'
import { useDataset } from '../url-state/dataset-on-screen'
import { datasetLine } from '../dataset/provenance'
import { indexDataset } from '../dataset/select/index-dataset'
import { useFilters } from '../url-state/use-url-state'
import type { CaptionInfo } from '../lib/export/caption'

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
      const sources = [...new Set(sourceIds)]
        .map((id) => ix.sources.get(id))
        .filter((s) => s !== undefined)
        .sort(
          (a, b) => a.published.date.localeCompare(b.published.date) || a.id.localeCompare(b.id),
        )
        .map((s) => ({
          title: s.title,
          outlet: s.outlet.name,
          published: s.published.date,
          inferred: s.published.inferred,
        }))
      return {
        title,
        from: filters.from,
        to: filters.to,
        focus,
        selection: filters.sel,
        dataset: datasetLine(dataset.provenance, dataset.builtAt),
        sources,
      }
    },
    [dataset, filters],
  )
}
