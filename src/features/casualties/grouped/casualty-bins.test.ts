import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { selectCasualties } from '../../../dataset/select/casualties'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { binFigures, bucketAxis, type BinInput, type BinOptions } from './casualty-bins'
import { layoutBands } from '../casualty-layout'
import { markLabel } from '../casualty-text'

const d = loadRealDataset()
const order = d.populations.map((p) => p.id)

const figure = (id: string, over: Partial<BinInput> & { stated?: string; until?: string }) => ({
  id,
  population: 'a',
  populationLabel: 'Population A',
  reported: over.stated ?? '2024-01-01',
  claimant: 'X',
  focused: false,
  disputed: false,
  inferred: false,
  ...over,
  casualty: { when: { date: over.stated ?? over.reported ?? '2024-01-01', until: over.until } },
})
const base: BinOptions = {
  order: ['a', 'b'],
  claimants: ['X', 'Y'],
  from: '2024-01-01',
  to: '2024-04-09', // day 99
  filter: { from: '2023-12-01', to: '2024-05-01' },
  plotWidth: 360,
  bucketPx: 36, // so 10 days a bucket
}

describe('bucketAxis', () => {
  it('keeps the axis when whole buckets fit it, else pushes its end out to finish the last bucket', () => {
    expect(bucketAxis('2024-01-01', '2024-04-09', 360, 36)).toMatchObject({ bucketDays: 10 })
    const pushed = bucketAxis('2024-01-01', '2024-04-10', 360, 36)
    expect(pushed.bucketDays).toBe(11)
    expect(pushed.hi - pushed.lo + 1).toBe(110)
  })

  it('tiles the axis with equal buckets no narrower than asked, unless one bucket holds every day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 40, max: 2000 }),
        (span, width) => {
          const to = new Date(Date.UTC(2024, 0, 1) + span * 86_400_000).toISOString().slice(0, 10)
          const { lo, hi, bucketDays } = bucketAxis('2024-01-01', to, width, 36)
          expect((hi - lo + 1) % bucketDays).toBe(0)
          expect(hi - lo).toBeGreaterThanOrEqual(span)
          expect((bucketDays * width) / (hi - lo) >= 36 || bucketDays >= span + 1).toBe(true)
        },
      ),
    )
  })
})

describe('binFigures', () => {
  it('counts figures per population, bucket of days and claimant, never adding their values', () => {
    const bins = binFigures(
      [
        figure('1', { reported: '2024-01-01' }),
        figure('2', { reported: '2024-01-10' }),
        figure('3', { reported: '2024-01-11' }),
        figure('4', { reported: '2024-01-05', claimant: 'Y' }),
        figure('5', { reported: '2024-01-05', population: 'b', populationLabel: 'B' }),
      ],
      base,
    )
    expect(bins.bucketDays).toBe(10)
    expect(bins.groups.map((g) => [g.population, g.bucket, g.claimant, g.ids])).toEqual([
      ['a', 0, 'X', ['1', '2']],
      ['a', 1, 'X', ['3']],
      ['a', 0, 'Y', ['4']],
      ['b', 0, 'X', ['5']],
    ])
    expect(bins.maxCount).toBe(2)
    expect(bins.groupOf.get('2')).toBe(0)
    expect(bins.groups[0]).toMatchObject({
      firstReported: '2024-01-01',
      lastReported: '2024-01-10',
    })
  })

  it('gives claimants sharing a bucket their own lanes and centres marks on the bucket', () => {
    const bins = binFigures(
      [
        figure('1', { reported: '2024-01-02' }),
        figure('2', { reported: '2024-01-03', claimant: 'Y' }),
        figure('3', { reported: '2024-03-01', claimant: 'Y' }),
      ],
      base,
    )
    expect(bins.bands).toEqual([{ population: 'a', label: 'Population A', start: 0, lanes: 2 }])
    // Reading order: lane by lane, then time.
    const [x, later, y] = bins.groups
    expect([x!.ids, later!.ids, y!.ids]).toEqual([['1'], ['3'], ['2']])
    expect([x!.lane, later!.lane, y!.lane]).toEqual([0, 0, 1])
    expect([x!.row, y!.row]).toEqual([0.5, 1.5])
    // Days 0-9 of an axis of 99 days on 360 px: the middle, day 4.5, is at 16.4 px.
    expect(x!.x).toBeCloseTo((4.5 / 99) * 360)
    expect(later!.x).toBeGreaterThan(x!.x)
  })

  it('narrows to the bucket, widened to keep figures stated earlier, and says when it cannot narrow', () => {
    const bins = binFigures(
      [
        figure('1', { reported: '2024-01-15', stated: '2024-01-08' }),
        figure('2', { reported: '2024-01-12' }),
      ],
      base,
    )
    expect(bins.groups[0]!.range).toEqual({ from: '2024-01-08', to: '2024-01-20' })
    expect(bins.groups[0]!.narrows).toBe(true)
    const tight = binFigures([figure('1', { reported: '2024-01-15' })], {
      ...base,
      filter: { from: '2024-01-14', to: '2024-01-16' },
    })
    expect(tight.groups[0]!.range).toEqual({ from: '2024-01-14', to: '2024-01-16' })
    expect(tight.groups[0]!.narrows).toBe(false)
  })

  it('makes a band taller for a long label, like the one-mark-per-figure layout', () => {
    const bins = binFigures([figure('1', {})], { ...base, minRows: () => 3 })
    expect(bins.bands[0]!.lanes).toBe(3)
    expect(bins.groups[0]!.row).toBe(1.5)
  })

  it('orders bands as the individual layout does on the real dataset', () => {
    const pts = selectCasualties(d, { ...d.derived.span, actor: null })
    const o = { order, from: '2024-10-25', to: '2024-11-24', plotWidth: 500 }
    const bins = binFigures(pts, { ...o, claimants: [], filter: d.derived.span })
    const layout = layoutBands(
      pts.map((p) => ({ ...p, label: markLabel(p) })),
      { ...o, markRadius: 6 },
    )
    expect(bins.bands.map((b) => b.population)).toEqual(layout.bands.map((b) => b.population))
    expect(bins.groups.reduce((n, g) => n + g.ids.length, 0)).toBe(pts.length)
    expect(bins.groups.filter((g) => g.disputed > 0).length).toBeGreaterThan(0)
  })

  it('puts every figure in exactly one group, inside the plot, whose range keeps it in the filter', () => {
    const day = fc
      .integer({ min: 0, max: 99 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const point = fc.record({
      population: fc.constantFrom('a', 'b', 'c'),
      claimant: fc.constantFrom('X', 'Y', 'Z'),
      reported: day,
      lag: fc.integer({ min: 0, max: 20 }),
      span: fc.integer({ min: 0, max: 5 }),
    })
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 200 }),
        fc.integer({ min: 60, max: 1200 }),
        (raw, width) => {
          const pts = raw.map((r, i) => {
            const stated = new Date(Date.parse(r.reported) - r.lag * 86_400_000)
              .toISOString()
              .slice(0, 10)
            const until = new Date(Date.parse(stated) + r.span * 86_400_000)
              .toISOString()
              .slice(0, 10)
            return figure(String(i), { ...r, populationLabel: r.population, stated, until })
          })
          const filter = { from: '2023-12-01', to: '2024-04-09' }
          const bins = binFigures(pts, { ...base, filter, plotWidth: width })
          expect(bins.groups.reduce((n, g) => n + g.ids.length, 0)).toBe(pts.length)
          expect(new Set(bins.groups.map((g) => g.key)).size).toBe(bins.groups.length)
          expect(bins.groupOf.size).toBe(pts.length)
          for (const g of bins.groups) {
            // Keys end up in the DOM, and PNG export fails on characters XML forbids.
            expect([...g.key].every((c) => c >= ' ')).toBe(true)
            expect(g.x).toBeGreaterThanOrEqual(0)
            expect(g.x).toBeLessThanOrEqual(width)
            expect(g.range.from >= filter.from && g.range.to <= filter.to).toBe(true)
            for (const id of g.ids) {
              const { date, until } = pts[Number(id)]!.casualty.when
              expect(date <= g.range.to && (until ?? date) >= g.range.from).toBe(true)
            }
          }
        },
      ),
    )
  })
})
