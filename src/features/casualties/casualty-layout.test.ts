import { describe, expect, it } from 'vitest'
import { selectCasualties } from '../../dataset/select/casualties'
import { loadRealDataset } from '../../test/dataset-fixture'
import { dayNumber, inBandOrder, layoutBands, xOfDate, type LayoutInput } from './casualty-layout'
import { markLabel } from './casualty-text'

const d = loadRealDataset()
const order = d.populations.map((p) => p.id)
const inputs = (from: string, to: string): LayoutInput[] =>
  selectCasualties(d, { from, to, actor: null }).map((p) => ({ ...p, label: markLabel(p) }))
const fixed = (t: string) => t.length * 6

describe('xOfDate', () => {
  it('maps the range ends to the plot edges and a one-day range to the middle', () => {
    expect(xOfDate('2024-11-01', '2024-11-01', '2024-11-11', 100)).toBe(0)
    expect(xOfDate('2024-11-06', '2024-11-01', '2024-11-11', 100)).toBe(50)
    expect(xOfDate('2024-11-11', '2024-11-11', '2024-11-11', 100)).toBe(50)
    expect(dayNumber('1970-01-02')).toBe(1)
  })
})

describe('layoutBands', () => {
  it('gives each population one band, in the dataset order, and places every figure once', () => {
    const pts = inputs(d.derived.span.from, d.derived.span.to)
    const layout = layoutBands(pts, {
      order,
      from: d.derived.span.from,
      to: d.derived.span.to,
      plotWidth: 600,
      markRadius: 6,
      textWidth: fixed,
    })
    expect(layout.bands.map((b) => b.population)).toEqual(
      order.filter((id) => pts.some((p) => p.population === id)),
    )
    expect(layout.placements.size).toBe(pts.length)
    expect(layout.rows).toBe(layout.bands.reduce((n, b) => n + b.lanes, 0))
  })

  it('puts two figures on the same population and day in separate lanes of one band', () => {
    const pts = inputs('2024-10-01', '2024-11-30')
    const layout = layoutBands(pts, {
      order,
      from: '2024-10-01',
      to: '2024-11-30',
      plotWidth: 600,
      markRadius: 6,
      textWidth: fixed,
    })
    const killed = layout.placements.get('cas-children-killed-per-day')!
    const injured = layout.placements.get('cas-children-injured-per-day')!
    expect(killed.band).toBe(injured.band)
    expect(killed.x).toBe(injured.x)
    expect(new Set([killed.lane, injured.lane])).toEqual(new Set([0, 1]))
    expect(layout.bands[killed.band]).toMatchObject({ label: 'Children in Lebanon', lanes: 2 })
  })

  it('keeps figures far apart in time on one lane, and turns labels left near the right edge', () => {
    const pts = inputs('2024-10-01', '2024-11-30')
    const layout = layoutBands(pts, {
      order,
      from: '2024-10-01',
      to: '2024-11-30',
      plotWidth: 1200,
      markRadius: 6,
      textWidth: fixed,
    })
    const [oct, nov] = [
      layout.placements.get('cas-lebanon-killed-2800')!,
      layout.placements.get('cas-lebanon-killed-3500')!,
    ]
    expect([oct.lane, nov.lane]).toEqual([0, 0])
    expect(oct.labelSide).toBe('right')
    const narrow = layoutBands(pts, {
      order,
      from: '2024-10-01',
      to: '2024-11-21',
      plotWidth: 300,
      markRadius: 6,
      textWidth: fixed,
    })
    expect(narrow.placements.get('cas-lebanon-killed-3500')!.labelSide).toBe('left')
  })

  it('keeps a label that fits on neither side inside the plot, on the side with more room', () => {
    const one = (reported: string): LayoutInput => ({
      id: reported,
      population: 'p',
      populationLabel: 'People in Lebanon',
      reported,
      label: 'more than 3,500 · disputed', // 26 characters: 156 px at 6 px each
    })
    const options = {
      order: ['p'],
      from: '2024-11-14',
      to: '2024-11-28',
      plotWidth: 140,
      markRadius: 6,
      textWidth: fixed,
    }
    const layout = layoutBands([one('2024-11-21'), one('2024-11-24')], options)
    // 21 Nov is the middle (x 70): 60 px either side, so it turns left rather than over the edge.
    const mid = layout.placements.get('2024-11-21')!
    expect(mid).toMatchObject({ x: 70, labelSide: 'left', labelRoom: 60 })
    // 24 Nov (x 100) has more room on the left too; a label that fits keeps all the room it has.
    expect(layout.placements.get('2024-11-24')).toMatchObject({ labelSide: 'left', labelRoom: 90 })
    const early = layoutBands([one('2024-11-15')], options).placements.get('2024-11-15')!
    expect(early).toMatchObject({ labelSide: 'right', labelRoom: 120 })
  })

  it('returns no bands for no figures', () => {
    expect(
      layoutBands([], {
        order,
        from: '2024-01-01',
        to: '2024-01-02',
        plotWidth: 300,
        markRadius: 6,
      }),
    ).toEqual({ bands: [], placements: new Map(), rows: 0 })
  })
})

describe('layoutBands minRows', () => {
  it('makes a band taller for a long label and centres its marks', () => {
    const pts = inputs('2024-11-01', '2024-11-30')
    const layout = layoutBands(pts, {
      order,
      from: '2024-11-01',
      to: '2024-11-30',
      plotWidth: 600,
      markRadius: 6,
      minRows: (l) => (l.startsWith('Israelis') ? 2 : 1),
    })
    const band = layout.bands.find((b) => b.population === 'israelis')!
    expect(band.lanes).toBe(2)
    expect(layout.placements.get('cas-israelis-killed-120')!.row).toBe(band.start + 1)
  })
})

describe('inBandOrder', () => {
  it('orders figures by population as the dataset lists them, then by report date', () => {
    const pts = selectCasualties(d, { ...d.derived.span, actor: null })
    const sorted = inBandOrder(pts, order)
    expect(sorted.slice(0, 3).map((p) => p.id)).toEqual([
      'cas-lebanon-killed-2800',
      'cas-lebanon-killed-3500',
      'cas-israelis-killed-120',
    ])
    expect(sorted.at(-1)!.id).toBe('cas-hostages-101')
    expect(sorted).toHaveLength(pts.length)
  })
})
