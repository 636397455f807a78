import type { ExportData } from '../../components/export-menu'
import type { LoadedDataset } from '../../dataset/dataset-schema'
import type { CasualtyPoint } from '../../dataset/select/casualties'
import { casualtyFigure } from './casualty-svg'

/** The figures shown, as export rows: one per mark, nothing summed. */
export function casualtyExport(
  points: readonly CasualtyPoint[],
  dataset: LoadedDataset,
  filter: { from: string; to: string },
): ExportData {
  return {
    columns: [
      'population',
      'metric',
      'figure',
      'value',
      'qualifier',
      'rate',
      'claimant',
      'date_stated',
      'date_stated_inferred',
      'date_reported',
      'period',
      'disputed',
      'id',
    ],
    rows: points.map((p) => ({
      population: p.populationLabel,
      metric: p.casualty.metric,
      figure: p.valueText,
      value: p.casualty.value,
      qualifier: p.casualty.qualifier,
      rate: p.casualty.rate ?? '',
      claimant: p.claimant,
      date_stated: p.casualty.when.date,
      date_stated_inferred: p.inferred,
      date_reported: p.reported,
      period: p.casualty.period.label,
      disputed: p.disputed,
      id: p.id,
    })),
    records: points.map((p) => p.casualty),
    figure: (theme) => casualtyFigure(dataset, points, filter, theme),
    sources: [...new Set(points.flatMap((p) => p.sources))],
  }
}
