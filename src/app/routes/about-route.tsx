import { DatasetSummary } from '../../features/summary/components/dataset-summary'

/** `/about`: what the dataset holds, how it was made, its version. */
export function AboutRoute() {
  return (
    <main className="page">
      <DatasetSummary />
    </main>
  )
}
