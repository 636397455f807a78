import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { loadRealDataset } from '../../../test/dataset-fixture'
import { selectCasualties, type CasualtyPoint } from '../../../dataset/select/casualties'
import { axisExtent } from '../axis-extent'
import { individualLayout } from './individual-layout'
import { inBandOrder } from '../casualty-layout'
import { claimantStyles } from '../claimant-style'
import { CasualtyChart } from './casualty-chart'
import { LIGHT as theme } from '../../../lib/theme'
import { markFlagger } from '../../../dataset/select/mark-flags'

const dataset = loadRealDataset()
// A fixed width (jsdom measures nothing); the lanes and Tab order below hold at this width. It is the
// width the chart was first checked at, when it was drawn with Recharts (replaced in 0d77006).
const WIDTH = 822

function renderChart(
  o: { actor?: string; selected?: string; sel?: string; keep?: (p: CasualtyPoint) => boolean } = {},
) {
  const order = dataset.populations.map((p) => p.id)
  const filter = { from: '2024-01-01', to: '2024-12-31', actor: o.actor ?? null }
  const points = inBandOrder(selectCasualties(dataset, filter), order).filter(
    o.keep ?? (() => true),
  )
  const axis = axisExtent(
    points.map((p) => p.reported),
    filter,
  )
  const layout = individualLayout(points, { order, width: WIDTH, ...axis })!
  const onSelect = vi.fn()
  render(
    <CasualtyChart
      dataset={dataset}
      points={points}
      layout={layout}
      width={WIDTH}
      {...axis}
      selected={o.selected ?? null}
      focusActive={o.actor !== undefined}
      styles={claimantStyles(dataset.casualties.map((c) => c.claimant))}
      theme={theme}
      flagger={markFlagger(dataset, o.sel ?? null)}
      onSelect={onSelect}
    />,
  )
  return { onSelect, marks: screen.getAllByRole('button') }
}

describe('CasualtyChart', () => {
  it('draws one named, focusable mark per figure in band, lane and date order', () => {
    const { marks } = renderChart()
    // The Tab order at WIDTH: bands top to bottom, within a band by lane and date. Recorded from the
    // Recharts chart's DOM before 0d77006 replaced it, and kept so the plain-SVG chart reads alike.
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Lebanese health ministry: more than 2,800 killed, People in Lebanon, reported 31 Oct 2024, disputed',
      'Officials from both countries: more than 3,500 killed, People in Lebanon, reported 21 Nov 2024, disputed',
      'Officials from both countries: more than 120 killed, Israelis (civilians and soldiers), reported 21 Nov 2024, disputed',
      "Not attributed (the article's own figure): 39 killed, Israeli civilians, reported 31 Oct 2024, disputed",
      'Israel Defense Forces: 61 killed, Israeli soldiers and reservists, reported 31 Oct 2024, disputed',
      'Israel Defense Forces (estimate): more than 2,000 killed, Hezbollah fighters, reported 31 Oct 2024',
      'UNICEF: 10 a day injured, Children in Lebanon, reported 31 Oct 2024',
      'UNICEF: at least 1 a day killed, Children in Lebanon, reported 31 Oct 2024',
      "Not attributed (the article's own figure): about 60,000 evacuated, Residents of northern Israel, reported 31 Oct 2024",
      "Not attributed (the article's own account): tens of thousands (≥ 10,000) displaced, People of Baalbek and nearby, reported 31 Oct 2024",
      "Not attributed (the article, reporting Mikati's criticism): 10 towns and villages displaced, Lebanese towns and villages, reported 31 Oct 2024",
      'Yoav Gallant (Israeli Defence Minister): 101 held hostage, Hostages held in Gaza, reported 31 Oct 2024',
    ])
    // One Tab stop for the whole chart: the first figure by date, then value (1 a day, UNICEF).
    expect(
      marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.figure),
    ).toEqual(['cas-children-killed-per-day'])
    expect(screen.getByText('Hostages held in Gaza')).toBeTruthy()
    expect(screen.getByText('4 Nov')).toBeTruthy()
  })

  it('moves focus and the Tab stop with the arrow keys by date then value, Home and End to the ends', () => {
    const { marks } = renderChart()
    const stop = () => marks.filter((m) => m.getAttribute('tabindex') === '0')
    const first = stop()[0]!
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowRight' })
    const second = document.activeElement as SVGElement
    expect(second).not.toBe(first)
    expect(second.getAttribute('tabindex')).toBe('0')
    expect(first.getAttribute('tabindex')).toBe('-1')
    fireEvent.keyDown(second, { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(first)
    fireEvent.keyDown(first, { key: 'End' })
    // The last reported (21 Nov), larger value: 3,500 killed in Lebanon.
    expect((document.activeElement as SVGElement).dataset.figure).toBe('cas-lebanon-killed-3500')
    expect(stop()).toHaveLength(1)
    fireEvent.keyDown(document.activeElement!, { key: 'Home' })
    expect(document.activeElement).toBe(first)
  })

  it('shows the details on keyboard focus, with a focus ring, and hides them on blur', () => {
    const { marks } = renderChart()
    const mark = marks[2]!
    fireEvent.focus(mark)
    const tooltip = screen.getByRole('tooltip')
    expect(within(tooltip).getByText(/more than 120 killed/)).toBeTruthy()
    expect(mark.querySelector('rect[stroke-dasharray="4 2"]')).not.toBeNull()
    fireEvent.blur(mark)
    expect(screen.queryByRole('tooltip')).toBeNull()
    expect(mark.querySelector('rect[stroke-dasharray="4 2"]')).toBeNull()
  })

  it('shows the details while the pointer is over a mark, without a focus ring', () => {
    const { marks } = renderChart()
    fireEvent.mouseEnter(marks[3]!)
    expect(within(screen.getByRole('tooltip')).getByText('Israeli civilians')).toBeTruthy()
    expect(marks[3]!.querySelector('rect[stroke-dasharray="4 2"]')).toBeNull()
    fireEvent.mouseLeave(marks[3]!)
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('selects a figure on click, Enter or Space', () => {
    const { marks, onSelect } = renderChart()
    fireEvent.click(marks[0]!)
    fireEvent.keyDown(marks[1]!, { key: 'Enter' })
    fireEvent.keyDown(marks[2]!, { key: ' ' })
    fireEvent.keyDown(marks[3]!, { key: 'a' })
    expect(onSelect.mock.calls).toEqual([
      ['cas-lebanon-killed-2800'],
      ['cas-lebanon-killed-3500'],
      ['cas-israelis-killed-120'],
    ])
  })

  it('marks the selected figure as pressed and dims figures outside an actor focus', () => {
    const { marks } = renderChart({ actor: 'israel', selected: 'cas-hostages-101' })
    const pressed = marks.filter((m) => m.getAttribute('aria-pressed') === 'true')
    expect(pressed.map((m) => m.dataset.figure)).toEqual(['cas-hostages-101'])
    const dimmed = marks.filter((m) => m.getAttribute('opacity') === '0.4').length
    expect(dimmed).toBeGreaterThan(0)
    expect(dimmed).toBeLessThan(marks.length)
    // A figure claimed by Israel's own officials stays at full strength.
    const idf = marks.find((m) => m.dataset.figure === 'cas-hezbollah-killed-2000')!
    expect(idf.getAttribute('opacity')).toBe('1')
  })

  it('says when a disputed figure’s counterpart is outside the range, and only then', () => {
    renderChart()
    const outside = /counterpart outside range/
    expect(screen.getAllByRole('button', { name: /disputed/ }).length).toBeGreaterThan(1)
    expect(screen.queryAllByRole('button', { name: outside })).toHaveLength(0)
    cleanup()
    const first = selectCasualties(dataset, {
      from: '2024-01-01',
      to: '2024-12-31',
      actor: null,
    }).find((p) => p.disputed)!
    renderChart({ keep: (p) => p.id === first.id })
    expect(screen.getByRole('button', { name: outside })).toBeTruthy()
    expect(screen.getByText(/disputed \(counterpart outside range\)/)).toBeTruthy()
  })
})

describe('CasualtyChart with a dispute selected', () => {
  it('describes and highlights the marks of both sides, and no others', () => {
    const { marks } = renderChart({ sel: 'dispute-lebanon-death-toll' })
    const inDispute = marks.filter((m) => m.classList.contains('is-in-dispute'))
    expect(inDispute.map((m) => m.getAttribute('data-figure'))).toEqual([
      'cas-lebanon-killed-2800',
      'cas-lebanon-killed-3500',
    ])
    for (const m of inDispute)
      expect(m.getAttribute('aria-description')).toMatch(/^in the selected dispute \(/)
    expect(marks.filter((m) => m.hasAttribute('aria-description'))).toHaveLength(2)
  })
})
