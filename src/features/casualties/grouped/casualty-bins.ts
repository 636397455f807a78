import type { CasualtyPoint } from '../../../dataset/select/casualties'
import type { When } from '../../../dataset/schema'
import { dayNumber, isoOfDay, type Band } from '../casualty-layout'
import { dayDomain } from '../chart-geometry'

/** Width a group needs: its marker and a count of up to three digits beside it. */
const BUCKET_PX = 36

export type BinInput = Pick<
  CasualtyPoint,
  | 'id'
  | 'population'
  | 'populationLabel'
  | 'reported'
  | 'claimant'
  | 'focused'
  | 'disputed'
  | 'inferred'
> & { casualty: { when: Pick<When, 'date' | 'until'> } }

export interface BinOptions {
  /** Population ids in the order bands should appear. */
  order: readonly string[]
  /** Claimant labels in the order they take lanes when they share a bucket. */
  claimants: readonly string[]
  /** The axis range (report dates). */
  from: string
  to: string
  /** The date filter in force: a group's narrower range never leaves it. */
  filter: { from: string; to: string }
  plotWidth: number
  bucketPx?: number
  /** Rows a band needs at least, e.g. for a population label wrapped over several lines. */
  minRows?: (populationLabel: string) => number
}

/** The figures one claimant gave for one population, first reported within one bucket of days. */
export interface Group {
  key: string
  band: number
  population: string
  populationLabel: string
  claimant: string
  bucket: number
  lane: number
  /** Row coordinate of the mark's centre, as in `layoutBands`. */
  row: number
  /** Pixel x of the bucket's middle within the plot. */
  x: number
  /** The figures' ids, in input order; a group is a count of figures, never a sum of values. */
  ids: string[]
  firstReported: string
  lastReported: string
  /** A date filter, within the current one, that keeps every figure of the group: the bucket's days widened to their statement dates. */
  range: { from: string; to: string }
  /** False when `range` is the filter already, so clicking cannot narrow it. */
  narrows: boolean
  disputed: number
  inferred: number
  focused: boolean
}

export interface Bins {
  bands: Band[]
  /** In reading order: band, lane, then time. */
  groups: Group[]
  rows: number
  bucketDays: number
  /** The axis range the buckets tile: from the chart's start to the end of the last bucket. */
  axis: { from: string; to: string }
  maxCount: number
  /** Index in `groups` of the group holding each figure. */
  groupOf: Map<string, number>
}

const minIso = (a: string, b: string) => (a < b ? a : b)
const maxIso = (a: string, b: string) => (a > b ? a : b)

/**
 * Groups figures by (population band, report-date bucket, claimant) in one pass. Buckets are whole
 * days, as many as make at least `bucketPx` pixels; claimants sharing a bucket get separate lanes.
 */
export function binFigures(points: readonly BinInput[], o: BinOptions): Bins {
  const { lo, hi, bucketDays } = bucketAxis(o.from, o.to, o.plotWidth, o.bucketPx ?? BUCKET_PX)
  const span = hi - lo
  const byKey = new Map<string, Group>()
  // Figures share a few hundred report dates at most: parse each date once.
  const days = new Map<string, number>()
  for (const p of points) {
    let day = days.get(p.reported)
    if (day === undefined) days.set(p.reported, (day = dayNumber(p.reported)))
    const bucket = Math.floor((day - lo) / bucketDays)
    const mapKey = `${p.population}\u0001${bucket}\u0001${p.claimant}`
    const { date, until } = p.casualty.when
    let g = byKey.get(mapKey)
    if (!g) {
      const first = lo + bucket * bucketDays
      const middle = first + (bucketDays - 1) / 2
      g = {
        // Printable, unlike the map key: it is written to the DOM, which PNG export serialises as XML.
        key: JSON.stringify([p.population, bucket, p.claimant]),
        band: 0,
        population: p.population,
        populationLabel: p.populationLabel,
        claimant: p.claimant,
        bucket,
        lane: 0,
        row: 0,
        x: ((middle - lo) / span) * o.plotWidth,
        ids: [],
        firstReported: p.reported,
        lastReported: p.reported,
        // Widened below to every figure's statement dates, then clipped to the filter.
        range: { from: isoOfDay(first), to: isoOfDay(first + bucketDays - 1) },
        narrows: true,
        disputed: 0,
        inferred: 0,
        focused: false,
      }
      byKey.set(mapKey, g)
    }
    g.ids.push(p.id)
    g.firstReported = minIso(g.firstReported, p.reported)
    g.lastReported = maxIso(g.lastReported, p.reported)
    // The filter keeps a figure when date <= to and (until ?? date) >= from.
    g.range.from = minIso(g.range.from, until ?? date)
    g.range.to = maxIso(g.range.to, date)
    if (p.disputed) g.disputed++
    if (p.inferred) g.inferred++
    if (p.focused) g.focused = true
  }
  return {
    ...placeGroups([...byKey.values()], o),
    bucketDays,
    axis: { from: isoOfDay(lo), to: isoOfDay(hi) },
  }
}

/**
 * Whole-day buckets of at least `bucketPx` pixels, with the axis end pushed out to finish the last
 * bucket, so every bucket is as wide as the others and no two marks crowd together.
 */
export function bucketAxis(from: string, to: string, plotWidth: number, bucketPx: number) {
  const [lo, end] = dayDomain(from, to)
  const days = end - lo + 1
  for (
    let bucketDays = Math.max(1, Math.floor((bucketPx * (end - lo)) / plotWidth));
    ;
    bucketDays++
  ) {
    const hi = lo + Math.ceil(days / bucketDays) * bucketDays - 1
    if ((bucketDays * plotWidth) / Math.max(1, hi - lo) >= bucketPx || bucketDays >= days)
      return { lo, hi: Math.max(hi, lo + 1), bucketDays }
  }
}

function rankOf(order: readonly string[]) {
  const rank = new Map(order.map((id, i) => [id, i]))
  return (a: string, b: string) =>
    (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || a.localeCompare(b)
}

/** Bands in population order, lanes by claimant order within each bucket, and each group's range clipped to the filter. */
function placeGroups(groups: Group[], o: BinOptions): Omit<Bins, 'bucketDays' | 'axis'> {
  const byPopulation = new Map<string, Group[]>()
  for (const g of groups) {
    const list = byPopulation.get(g.population)
    if (list) list.push(g)
    else byPopulation.set(g.population, [g])
  }
  const claimantOrder = rankOf(o.claimants)
  const bands: Band[] = []
  const placed: Group[] = []
  let row = 0
  for (const population of [...byPopulation.keys()].sort(rankOf(o.order))) {
    const members = byPopulation
      .get(population)!
      .sort((a, b) => a.bucket - b.bucket || claimantOrder(a.claimant, b.claimant))
    let used = 0
    members.forEach((g, i) => {
      g.lane = i > 0 && members[i - 1]!.bucket === g.bucket ? members[i - 1]!.lane + 1 : 0
      used = Math.max(used, g.lane + 1)
    })
    const label = members[0]!.populationLabel
    const lanes = Math.max(used, o.minRows?.(label) ?? 1)
    // Centre the used lanes in a band made taller for its label.
    const shift = (lanes - used) / 2
    for (const g of members) {
      g.band = bands.length
      g.row = row + g.lane + 0.5 + shift
      g.range = clip(g.range, o.filter)
      g.narrows = g.range.from !== o.filter.from || g.range.to !== o.filter.to
    }
    placed.push(...members.sort((a, b) => a.lane - b.lane || a.bucket - b.bucket))
    bands.push({ population, label, start: row, lanes })
    row += lanes
  }
  const groupOf = new Map<string, number>()
  placed.forEach((g, i) => {
    for (const id of g.ids) groupOf.set(id, i)
  })
  const maxCount = placed.reduce((m, g) => Math.max(m, g.ids.length), 0)
  return { bands, groups: placed, rows: row, maxCount, groupOf }
}

function clip(range: { from: string; to: string }, filter: { from: string; to: string }) {
  const from = maxIso(range.from, filter.from)
  const to = minIso(range.to, filter.to)
  // A figure stated over a span running past the filter's end: its last day in the filter keeps it.
  return { from: from <= to ? from : to, to }
}
