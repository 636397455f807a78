import { useMemo } from 'react'
import { useDataset } from '../../url-state/dataset-on-screen'
import { datasetLine } from '../../dataset/provenance'
import { formatDay } from '../../lib/dates'
import { useBrief } from '../../lib/brief/brief-store'
import { useFilters } from '../../url-state/use-url-state'
import { briefContent } from '../brief/brief-content'
import { BriefCompose } from '../brief/brief-compose'
import { BriefDocument } from '../brief/brief-document'
import '../brief/brief.css'

/** `/brief`: a brief the analyst composes (title, judgments, pinned quotes) over the views as filtered. */
export function BriefRoute() {
  const dataset = useDataset()
  const { filters } = useFilters()
  const brief = useBrief()
  const content = useMemo(
    () => briefContent(dataset, filters, brief.pins, brief.views),
    [dataset, filters, brief.pins, brief.views],
  )
  const meta = {
    title: brief.title.trim() || `Brief: ${dataset.title}`,
    range: `${formatDay(filters.from)} – ${formatDay(filters.to)}`,
    // Named by the hash of what was loaded and where from, never the version a file claims (decision 018).
    dataset: datasetLine(dataset.provenance, dataset.builtAt),
    version: dataset.provenance.hash,
  }
  return (
    <main className="brief">
      <BriefCompose
        brief={brief}
        content={content}
        meta={meta}
        fileBase={`blueline-brief-${filters.from}_${filters.to}`}
      />
      <BriefDocument brief={brief} content={content} meta={meta} />
    </main>
  )
}
