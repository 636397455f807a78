import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { cellLabel, cellSignature, selectMatrix } from './matrix'

const d = loadRealDataset()
const all = { from: d.derived.span.from, to: d.derived.span.to, person: null }

describe('selectMatrix', () => {
  it('lists the four main stakeholders first and only issues someone took a stance on', () => {
    const m = selectMatrix(d, all)
    expect(m.actors.slice(0, 4).map((a) => a.id)).toEqual(['israel', 'hezbollah', 'lebanon', 'us'])
    expect(m.issues.map((i) => i.id)).toContain('freedom-to-strike')
    expect(m.issues.every((i) => d.positions.some((p) => p.issue === i.id))).toBe(true)
  })

  it('shows the stance in force at the end of the range, and nothing before the first statement', () => {
    expect(
      selectMatrix(d, { ...all, to: '2024-10-30' }).cell('israel', 'freedom-to-strike').stances,
    ).toEqual([])
    const cell = selectMatrix(d, { ...all, to: '2024-11-21' }).cell('israel', 'freedom-to-strike')
    expect(cell.stances).toEqual(['supports'])
    expect(cell.current.map((p) => p.id)).toEqual(['pos-israel-freedom-demanded-nov21'])
    expect(cell.history.length).toBeGreaterThan(cell.current.length)
  })

  it('marks a stance that changed inside the range', () => {
    // Mikati: optimistic on 30 Oct; on 31 Oct conditional, while the article reports his efforts.
    const changed = selectMatrix(d, { ...all, from: '2024-10-31', to: '2024-10-31' }).cell(
      'lebanon',
      'ceasefire',
    )
    expect(changed.stances).toEqual(['supports', 'conditional'])
    expect(changed.changedInRange).toBe(true)
    const before = selectMatrix(d, { ...all, from: '2024-10-30', to: '2024-10-30' }).cell(
      'lebanon',
      'ceasefire',
    )
    expect(before.changedInRange).toBe(false)
    expect(before.disputed).toBe(true)
  })

  it('marks a change when the range starts on the first date (no stance before it)', () => {
    const whole = selectMatrix(d, all)
    expect(all.from).toBe(d.derived.span.from)
    // US: supports and conditional on 31 Oct, supports alone on 20 Nov.
    expect(whole.cell('us', 'ceasefire').changedInRange).toBe(true)
    // Lebanon: supports, conditional on 31 Oct, supports again on 1 Nov: changes, if no net one.
    expect(whole.cell('lebanon', 'ceasefire').changedInRange).toBe(true)
    // One stance, repeated: no change.
    expect(whole.cell('israel', 'freedom-to-strike').changedInRange).toBe(false)
  })

  it('keeps several stances voiced on the same date side by side', () => {
    const cell = selectMatrix(d, { ...all, to: '2024-10-31' }).cell('us', 'ceasefire')
    expect(cell.stances).toEqual(['supports', 'ambiguous'])
    // Austin's hope and the "deterrence" label are implied, but the article's own account is not.
    expect(cell.impliedStances).toEqual([])
    expect(cellLabel(cell)).toBe(
      'United States on A ceasefire in Lebanon: supports and ambiguous (disputed)',
    )
  })

  it('flags cells voiced by the selected person', () => {
    const m = selectMatrix(d, { ...all, to: '2024-11-20', person: 'katz' })
    expect(m.cell('israel', 'freedom-to-strike').voicedBySelectedPerson).toBe(true)
    expect(m.cell('israel', 'hostages').voicedBySelectedPerson).toBe(false)
  })
})

describe('implied stances and dates that run past the filter', () => {
  it('marks a stance only implied in the cell, its accessible name and its signature', () => {
    const m = selectMatrix(d, { ...all, to: '2024-10-31' })
    const laf = m.cell('israel', 'laf-deployment')
    expect(laf.stances).toEqual(['supports'])
    expect(laf.impliedStances).toEqual(['supports'])
    expect(cellLabel(laf)).toBe('Israel on Lebanese army deployment: supports (implied)')
    // The US on LAF deployment is said in words by Blinken: same stance, no marking.
    const us = m.cell('us', 'laf-deployment')
    expect(us.impliedStances).toEqual([])
    expect(cellSignature(laf)).not.toBe(cellSignature(us))
  })

  it('shows a position dated by a range that overlaps the filter, marked as partly in range', () => {
    // The envoy's request is dated 28 Oct - 1 Nov ("this week"); a filter ending 30 Oct overlaps it.
    const cell = selectMatrix(d, { ...all, from: '2024-10-29', to: '2024-10-30' }).cell(
      'us',
      'unilateral-ceasefire',
    )
    expect(cell.current.map((p) => p.id)).toEqual(['pos-us-unilateral-request'])
    expect(cell.partlyInRange).toBe(true)
    expect(cellLabel(cell)).toContain('dated by a range running past the end of the filter')
    const whole = selectMatrix(d, all).cell('us', 'unilateral-ceasefire')
    expect(whole.partlyInRange).toBe(false)
    // Before the range starts, nothing is in force.
    expect(
      selectMatrix(d, { ...all, to: '2024-10-27' }).cell('us', 'unilateral-ceasefire').stances,
    ).toEqual([])
  })
})

describe('selectMatrix caching', () => {
  it('computes a cell once per selection and returns the same object when asked again', () => {
    const m = selectMatrix(d, all)
    expect(m.cell('israel', 'freedom-to-strike')).toBe(m.cell('israel', 'freedom-to-strike'))
    // Rows and columns are per dataset, not per filter.
    expect(selectMatrix(d, { ...all, to: '2024-10-30' }).actors).toBe(m.actors)
  })

  it('gives cells that draw alike the same signature, and different ones different signatures', () => {
    const late = selectMatrix(d, { ...all, to: '2024-11-21' })
    const early = selectMatrix(d, { ...all, to: '2024-10-30' })
    expect(cellSignature(late.cell('israel', 'freedom-to-strike'))).not.toBe(
      cellSignature(early.cell('israel', 'freedom-to-strike')),
    )
    expect(cellSignature(late.cell('israel', 'freedom-to-strike'))).toBe(
      cellSignature(
        selectMatrix(d, { ...all, to: '2024-11-21' }).cell('israel', 'freedom-to-strike'),
      ),
    )
    expect(cellSignature(early.cell('israel', 'freedom-to-strike'))).toBe('')
  })
})
