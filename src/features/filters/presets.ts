import type { LoadedDataset } from '../../dataset/dataset-schema'
import { formatDay } from '../../lib/dates'

export interface DatePreset {
  label: string
  from: string
  to: string
}

/** "Whole span", then one preset per publication date (articles of one day share a preset). */
export function datePresets(d: LoadedDataset): DatePreset[] {
  const byDate = new Map<string, number>()
  for (const s of d.sources) byDate.set(s.published.date, (byDate.get(s.published.date) ?? 0) + 1)
  const days = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b))
  return [
    { label: 'Whole span', ...d.derived.span },
    ...days.map(([date, n]) => ({
      label: `${formatDay(date)} (${n} article${n === 1 ? '' : 's'})`,
      from: date,
      to: date,
    })),
  ]
}
