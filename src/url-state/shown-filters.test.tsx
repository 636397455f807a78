import { act, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { renderInApp } from '../test/render-in-app'
import type { LoadedDataset } from '../dataset/dataset-schema'
import { loadRealDataset, paddedDataset } from '../test/dataset-fixture'
import { BACKGROUND_RENDER_MIN_RECORDS, rendersInBackground } from './shown-filters-context'
import { useFilters, useUrlFilters } from './use-url-state'
import { ShownFilters } from './shown-filters'

const real = loadRealDataset()
const padded = (records: number) => paddedDataset(real, records)

/** Renders `element` inside the views' ShownFilters, on `dataset`, at `url`. */
const renderViews = (dataset: LoadedDataset, element: ReactNode, url = '/') =>
  renderInApp(<ShownFilters>{element}</ShownFilters>, { url, dataset })

/** Renders a view stand-in that logs "URL from|drawn from" on every render, then moves "from". */
async function renderAndMove(dataset: LoadedDataset, to: string) {
  const log: string[] = []
  function View() {
    const url = useUrlFilters().filters.from
    const drawn = useFilters().filters.from
    log.push(`${url}|${drawn}`)
    return <p>drawn from {drawn}</p>
  }
  const router = renderViews(dataset, <View />)
  log.splice(0)
  // As the filter inputs navigate (useFilters' update): urgently, not in a transition, which would
  // render the deferred value at once.
  await act(() => router.navigate(`/?from=${to}`, { flushSync: true }))
  return log
}

describe('ShownFilters', () => {
  const from = '2024-11-01'

  it('lets a large dataset draw the URL first and the views after, in a second render', async () => {
    const log = await renderAndMove(padded(BACKGROUND_RENDER_MIN_RECORDS), from)
    const start = real.derived.span.from
    expect(log).toContain(`${from}|${start}`)
    expect(log.at(-1)).toBe(`${from}|${from}`)
    expect(screen.getByText(`drawn from ${from}`)).toBeTruthy()
  })

  it('never lets the views of a small dataset lag the URL', async () => {
    const log = await renderAndMove(real, from)
    expect(log.length).toBeGreaterThan(0)
    expect(log.every((entry) => entry === `${from}|${from}`)).toBe(true)
  })
})

describe('update', () => {
  it('builds on an update made earlier in the same handler', () => {
    function TwoEdits() {
      const { update } = useFilters()
      const onClick = () => {
        update({ from: '2024-10-30' })
        update({ to: '2024-11-01' })
      }
      return (
        <button type="button" onClick={onClick}>
          Both
        </button>
      )
    }
    const router = renderViews(real, <TwoEdits />)
    act(() => screen.getByRole('button', { name: 'Both' }).click())
    expect(router.state.location.search).toBe('?from=2024-10-30&to=2024-11-01')
  })
})

describe('rendersInBackground', () => {
  it('switches on at the threshold of dated records, and not for the real dataset', () => {
    expect(rendersInBackground(real)).toBe(false)
    expect(rendersInBackground(padded(BACKGROUND_RENDER_MIN_RECORDS - 1))).toBe(false)
    expect(rendersInBackground(padded(BACKGROUND_RENDER_MIN_RECORDS))).toBe(true)
  })
})
