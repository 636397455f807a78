/** Whole days since 1970-01-01 for a YYYY-MM-DD date, in UTC. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
}

/** The YYYY-MM-DD date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** A rough width in pixels of a label at the chart's 11px font; good enough to keep labels apart. */
export function estimateTextWidth(text: string, fontPx = 11): number {
  return Math.ceil(text.length * fontPx * 0.6)
}

export interface LayoutInput {
  id: string
  population: string
  populationLabel: string
  reported: string
  label: string
}

export interface Band {
  population: string
  label: string
  /** First row of the band; rows run top to bottom. */
  start: number
  lanes: number
}

export interface Placement {
  band: number
  lane: number
  /** Row coordinate of the mark's centre (start + lane + 0.5). */
  row: number
  /** Pixel x of the mark within the plot area. */
  x: number
  labelSide: 'left' | 'right'
  /**
   * Pixels the label has on its side inside the plot. Less than its width only when it fits on
   * neither side (a narrow plot): the mark then shortens it rather than draw over the axis labels.
   */
  labelRoom: number
}

export interface BandLayout {
  bands: Band[]
  placements: Map<string, Placement>
  rows: number
}

export interface LayoutOptions {
  /** Population ids in the order bands should appear. */
  order: readonly string[]
  from: string
  to: string
  plotWidth: number
  markRadius: number
  textWidth?: (text: string) => number
  /** Rows a band needs at least, e.g. for a population label wrapped over several lines. */
  minRows?: (populationLabel: string) => number
}

/** Pixel x within [0, plotWidth] of a date in the range; a one-day range sits in the middle. */
export function xOfDate(iso: string, from: string, to: string, plotWidth: number): number {
  const [a, b] = [dayNumber(from), dayNumber(to)]
  if (b <= a) return plotWidth / 2
  return ((dayNumber(iso) - a) / (b - a)) * plotWidth
}

/**
 * One band per population, and within it as many lanes as needed so that no two marks or labels
 * overlap: figures on the same day (or close enough for their labels to collide) get separate lanes.
 */
export function layoutBands(points: readonly LayoutInput[], o: LayoutOptions): BandLayout {
  const measure = o.textWidth ?? ((t: string) => estimateTextWidth(t))
  const gap = o.markRadius + 4
  const rank = (p: string) => (o.order.includes(p) ? o.order.indexOf(p) : o.order.length)
  const populations = [...new Set(points.map((p) => p.population))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  )
  const bands: Band[] = []
  const placements = new Map<string, Placement>()
  let row = 0
  for (const population of populations) {
    const members = points
      .filter((p) => p.population === population)
      .sort((a, b) => a.reported.localeCompare(b.reported) || a.id.localeCompare(b.id))
    const spans = members.map((p) => {
      const x = xOfDate(p.reported, o.from, o.to, o.plotWidth)
      const fits = {
        right: x + gap + measure(p.label) <= o.plotWidth,
        left: x - gap - measure(p.label) >= 0,
      }
      // Right when it fits there; else left when it fits there; else whichever side has more room.
      const right = fits.right || (!fits.left && x < o.plotWidth / 2)
      const room = Math.max(0, right ? o.plotWidth - x - gap : x - gap)
      const w = Math.min(measure(p.label), room)
      const [lo, hi] = right ? [x - o.markRadius, x + gap + w] : [x - gap - w, x + o.markRadius]
      return { p, x, right, lo, hi, room }
    })
    // First-fit in order of left edge packs intervals into the fewest lanes.
    spans.sort((a, b) => a.lo - b.lo || a.p.id.localeCompare(b.p.id))
    const laneEnds: number[] = []
    for (const { p, x, right, lo, hi, room } of spans) {
      let lane = laneEnds.findIndex((end) => end + 4 <= lo)
      if (lane === -1) lane = laneEnds.length
      laneEnds[lane] = hi
      placements.set(p.id, {
        band: bands.length,
        lane,
        row: row + lane + 0.5,
        x,
        labelSide: right ? 'right' : 'left',
        labelRoom: room,
      })
    }
    const label = members[0]?.populationLabel ?? population
    const lanes = Math.max(1, laneEnds.length, o.minRows?.(label) ?? 1)
    // Centre the used lanes in a band made taller for its label.
    const shift = (lanes - laneEnds.length) / 2
    for (const m of members) {
      const at = placements.get(m.id)!
      at.row += shift
    }
    bands.push({ population, label, start: row, lanes })
    row += lanes
  }
  return { bands, placements, rows: row }
}

/**
 * Figures in the chart's reading order: population bands in the given order, then report date.
 * Linear when each population's figures already come in date order, as `selectCasualties` gives them.
 */
export function inBandOrder<T extends { id: string; population: string; reported: string }>(
  points: readonly T[],
  order: readonly string[],
): T[] {
  const rank = new Map(order.map((id, i) => [id, i]))
  const byPopulation = new Map<string, T[]>()
  for (const p of points) {
    const list = byPopulation.get(p.population)
    if (list) list.push(p)
    else byPopulation.set(p.population, [p])
  }
  const before = (a: T, b: T) => a.reported.localeCompare(b.reported) || a.id.localeCompare(b.id)
  const populations = [...byPopulation.keys()].sort(
    (a, b) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || a.localeCompare(b),
  )
  return populations.flatMap((population) => {
    const list = byPopulation.get(population)!
    const sorted = list.every((p, i) => i === 0 || before(list[i - 1]!, p) < 0)
    return sorted ? list : list.sort(before)
  })
}
