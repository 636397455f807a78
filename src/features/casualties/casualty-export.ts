import type { ExportData } from '../../components/export-menu'
import type { CasualtyPoint } from '../../dataset/select/casualties'

/** The figures shown, as export rows: one per mark, nothing summed. */
export function casualtyExport(points: readonly CasualtyPoint[]): ExportData {
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
    sources: [...new Set(points.flatMap((p) => p.sources))],
  }
}
