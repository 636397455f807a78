import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderInApp } from '../../../test/render-in-app'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { CasualtyView } from './casualty-view'

const renders = vi.hoisted(() => ({ chart: 0 }))
// Counts the renders that get past the chart's memo.
vi.mock('../individual/casualty-chart', async (importOriginal) => {
  const { CasualtyChart } = await importOriginal<typeof import('../individual/casualty-chart')>()
  const { memo } = await import('react')
  return {
    CasualtyChart: memo((props: Parameters<typeof CasualtyChart>[0]) => {
      renders.chart++
      return <CasualtyChart {...props} />
    }),
  }
})

const dataset = loadRealDataset()

/** The real dataset with every figure copied `times` times under new ids, enough to be drawn in groups. */
function copied(times: number): LoadedDataset {
  const reportedOn = { ...dataset.derived.reportedOn }
  const casualties = dataset.casualties.flatMap((c) =>
    Array.from({ length: times }, (_, k) => {
      reportedOn[`${c.id}-${k}`] = dataset.derived.reportedOn[c.id]!
      return { ...c, id: `${c.id}-${k}` }
    }),
  )
  return { ...dataset, casualties, derived: { ...dataset.derived, reportedOn } }
}

const renderAt = (url: string, data: LoadedDataset = dataset) =>
  renderInApp(<CasualtyView chartWidth={700} />, { url, dataset: data })

describe('CasualtyView', () => {
  it('lists one table row per figure and selects a figure from its row', () => {
    const router = renderAt('/casualties?tables=casualties')
    const table = screen.getByRole('table', {
      name: /casualty figures as the articles report them/i,
    })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(dataset.casualties.length + 1)
    const select = within(table).getByRole('button', {
      name: /Select Lebanese health ministry: more than 2,800 killed/,
    })
    fireEvent.click(select)
    expect(router.state.location.search).toContain('sel=cas-lebanon-killed-2800')
    expect(select.getAttribute('aria-pressed')).toBe('true')
  })

  it('draws every figure in range as a named, focusable mark', () => {
    renderAt('/casualties?from=2024-11-01&to=2024-11-30')
    const marks = screen.getAllByRole('button', { name: /reported/ })
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      // The figures they dispute were reported on 31 Oct, before the range.
      'Officials from both countries: more than 3,500 killed, People in Lebanon, reported 21 Nov 2024, disputed (counterpart outside range)',
      'Officials from both countries: more than 120 killed, Israelis (civilians and soldiers), reported 21 Nov 2024, disputed (counterpart outside range)',
    ])
    // One Tab stop for the chart (roving tabindex): the earliest figure, then the smaller value.
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['-1', '0'])
    expect(screen.getByText(/^more than 3,500 · disputed/)).toBeTruthy()
  })

  it('says so in words when no figure falls in the range', () => {
    renderAt('/casualties?from=2024-01-01&to=2024-02-01')
    expect(
      screen.getByText(/No casualty figure was stated between 1 Jan 2024 and 1 Feb 2024/),
    ).toBeTruthy()
  })

  it('leaves the chart alone when a filter field it does not use changes, or the figures do not', async () => {
    const router = renderAt('/casualties')
    const before = renders.chart
    await act(() => router.navigate('/casualties?issue=ceasefire&person=blinken'))
    // Every figure was stated in October and November 2024.
    await act(() => router.navigate('/casualties?issue=ceasefire&from=2024-01-01'))
    expect(renders.chart).toBe(before)
    await act(() => router.navigate('/casualties?issue=ceasefire&sel=cas-hostages-101'))
    expect(renders.chart).toBe(before + 1)
  })
})

describe('CasualtyView with more figures than can be labelled', () => {
  it("counts figures in groups and narrows the dates to a group's days on a click", () => {
    const router = renderAt('/casualties', copied(40))
    expect(screen.getByText(/480 figures, grouped/)).toBeTruthy()
    const groups = screen.getAllByRole('button', { name: /figures, .*activate to/ })
    expect(groups.length).toBeLessThan(20)
    const unicef = screen.getByRole('button', { name: /^UNICEF: 80 figures, Children in Lebanon/ })
    expect(screen.getByRole('group', { name: /480 figures in all/ })).toBeTruthy()
    fireEvent.click(unicef)
    const search = new URLSearchParams(router.state.location.search)
    // The group's days, counted from the axis start (UNICEF's figures were reported on 31 Oct).
    expect([search.get('from'), search.get('to')]).toEqual(['2024-10-30', '2024-10-31'])
  })

  it('shows every figure in the table when a group cannot be narrowed further', () => {
    const router = renderAt('/casualties?from=2024-10-31&to=2024-10-31', copied(50))
    fireEvent.keyDown(
      screen.getByRole('button', { name: /^UNICEF: 100 figures.*show every figure/ }),
      {
        key: 'Enter',
      },
    )
    expect(router.state.location.search).toContain('tables=casualties')
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(451)
  })
})
