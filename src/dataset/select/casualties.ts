import type { LoadedDataset } from '../get-dataset'
import type { Casualty } from '../schema'
import type { Filters } from '../../lib/filters'
import { indexDataset, overlaps } from './index-dataset'

export interface CasualtyPoint {
  id: string
  casualty: Casualty
  /** When the figure was first reported (earliest citing article). */
  reported: string
  population: string
  populationLabel: string
  claimant: string
  valueText: string
  disputed: boolean
  inferred: boolean
  focused: boolean
  sources: string[]
}

const QUALIFIER: Record<Casualty['qualifier'], (n: string) => string> = {
  exact: (n) => n,
  'more-than': (n) => `more than ${n}`,
  'at-least': (n) => `at least ${n}`,
  approximately: (n) => `about ${n}`,
  'tens-of': (n) => `tens of thousands (≥ ${n})`,
}

/** "more than 3,500", "at least 1 a day", "10 localities": the figure as the article gives it. */
export function casualtyValueText(c: Casualty): string {
  const n = c.value.toLocaleString('en-US')
  const rate = c.rate === 'per-day' ? ' a day' : ''
  const unit = c.unit === 'localities' ? ` towns and villages` : ''
  return `${QUALIFIER[c.qualifier](n)}${unit}${rate}`
}

/** Every figure whose statement date falls in range, one mark each; nothing is summed. */
export function selectCasualties(d: LoadedDataset, f: Pick<Filters, 'from' | 'to' | 'actor'>): CasualtyPoint[] {
  const ix = indexDataset(d)
  return d.casualties
    .filter((c) => overlaps(c.when, f.from, f.to))
    .map((c) => ({
      id: c.id,
      casualty: c,
      reported: d.derived.reportedOn[c.id] ?? c.when.date,
      population: c.population,
      populationLabel: ix.populations.get(c.population)?.label ?? c.population,
      claimant: c.claimant.label,
      valueText: casualtyValueText(c),
      disputed: ix.disputesOf.has(c.id),
      inferred: c.when.inferred,
      focused: !!f.actor && c.claimant.actor === f.actor,
      sources: [...new Set(c.evidence.map((e) => e.source))],
    }))
    .sort((a, b) => a.populationLabel.localeCompare(b.populationLabel) || a.reported.localeCompare(b.reported) || a.id.localeCompare(b.id))
}
