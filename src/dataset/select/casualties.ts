import type { LoadedDataset } from '../dataset-schema'
import type { Casualty } from '../schema'
import type { RecordFilter } from './record-filter'
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

// The same qualifiers as signs, for a mark short of room.
const SIGN: Record<Casualty['qualifier'], string> = {
  exact: '',
  'more-than': '>',
  'at-least': '≥',
  approximately: '~',
  'tens-of': '≥',
}

// One formatter: toLocaleString builds a new one on every call (about 6 µs each).
const NUMBER = new Intl.NumberFormat('en-US')

/**
 * A figure in digits with grouping; a value the grouping would show as "0" (5e-324) or as hundreds
 * of digits (1e300) is written the way JavaScript writes it, so no figure reads as another.
 */
export function figureDigits(v: number): string {
  const a = Math.abs(v)
  return v !== 0 && (a < 0.001 || a >= 1e15) ? String(v) : NUMBER.format(v)
}

/** "more than 3,500", "at least 1 a day", "10 localities": the figure as the article gives it. */
export function casualtyValueText(c: Casualty): string {
  const n = figureDigits(c.value)
  const rate = c.rate === 'per-day' ? ' a day' : ''
  const unit = c.unit === 'localities' ? ` towns and villages` : ''
  return `${QUALIFIER[c.qualifier](n)}${unit}${rate}`
}

/** ">3,500", "≥1/day", "10 towns": `casualtyValueText` in the fewest characters, for a narrow chart. */
export function casualtyShortText(c: Casualty): string {
  const rate = c.rate === 'per-day' ? '/day' : ''
  const unit = c.unit === 'localities' ? ' towns' : ''
  return `${SIGN[c.qualifier]}${figureDigits(c.value)}${unit}${rate}`
}

type Filter = Pick<RecordFilter, 'from' | 'to' | 'actor'>

interface Prepared {
  /** Every figure as an unfocused point, already in the selector's order. */
  points: CasualtyPoint[]
  /** Focused copies for one actor, made once, so a result's items keep their identity. */
  focus: { actor: string; copies: Map<string, CasualtyPoint> } | null
  last: { key: string; result: CasualtyPoint[] } | null
}

const prepared = new WeakMap<LoadedDataset, Prepared>()

// The sort is the costly part, so it is done once per dataset.
function prepare(d: LoadedDataset): Prepared {
  const hit = prepared.get(d)
  if (hit) return hit
  const ix = indexDataset(d)
  const points = d.casualties
    .map((c): CasualtyPoint => ({
      id: c.id,
      casualty: c,
      reported: d.derived.reportedOn[c.id] ?? c.when.date,
      population: c.population,
      populationLabel: ix.populations.get(c.population)?.label ?? c.population,
      claimant: c.claimant.label,
      valueText: casualtyValueText(c),
      disputed: ix.disputesOf.has(c.id),
      inferred: c.when.inferred,
      focused: false,
      sources: [...new Set(c.evidence.map((e) => e.source))],
    }))
    .sort(
      (a, b) =>
        a.populationLabel.localeCompare(b.populationLabel) ||
        a.reported.localeCompare(b.reported) ||
        a.id.localeCompare(b.id),
    )
  const entry: Prepared = { points, focus: null, last: null }
  prepared.set(d, entry)
  return entry
}

/**
 * Every figure whose statement date falls in range, one point each (nothing is summed), ordered by
 * population label, report date and id. One linear pass per call after a one-off sort per dataset.
 * A filter that gives the same figures as the previous call gets the same array, so views memoised
 * on it skip their work (moving "From" across a stretch with no figures changes nothing).
 */
export function selectCasualties(d: LoadedDataset, f: Filter): CasualtyPoint[] {
  const p = prepare(d)
  const key = `${f.from}|${f.to}|${f.actor ?? ''}`
  if (p.last?.key === key) return p.last.result
  if (f.actor && p.focus?.actor !== f.actor) p.focus = { actor: f.actor, copies: new Map() }
  const result: CasualtyPoint[] = []
  for (const point of p.points) {
    if (!overlaps(point.casualty.when, f.from, f.to)) continue
    if (!f.actor || point.casualty.claimant.actor !== f.actor) result.push(point)
    else {
      const copies = p.focus!.copies
      let copy = copies.get(point.id)
      if (!copy) copies.set(point.id, (copy = { ...point, focused: true }))
      result.push(copy)
    }
  }
  const previous = p.last?.result
  const same = previous?.length === result.length && result.every((x, i) => x === previous[i])
  p.last = { key, result: same ? previous : result }
  return p.last.result
}
