import { DatasetSummary } from '../../features/summary/components/dataset-summary'

export function SummaryRoute() {
  return (
    <main className="page">
      <DatasetSummary />
    </main>
  )
}
