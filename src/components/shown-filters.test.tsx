import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { flushSync } from 'react-dom'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { datasetQueryOptions, type LoadedDataset } from '../dataset/get-dataset'
import { loadRealDataset } from '../dataset/test-fixture'
import { BACKGROUND_RENDER_MIN_RECORDS, rendersInBackground } from '../lib/shown-filters'
import { useFilters, useUrlFilters } from '../lib/use-filters'
import { ShownFilters } from './shown-filters'

const real = loadRealDataset()
/** The real dataset padded with copies of one position up to `records` dated records in all. */
function padded(records: number): LoadedDataset {
  const others = real.meetings.length + real.casualties.length + real.events.length
  const positions = Array.from({ length: records - others }, () => real.positions[0]!)
  return { ...real, positions }
}

/** Renders a view stand-in that logs "URL from|drawn from" on every render, then moves "from". */
async function renderAndMove(dataset: LoadedDataset, to: string) {
  const log: string[] = []
  function View() {
    const url = useUrlFilters().filters.from
    const drawn = useFilters().filters.from
    log.push(`${url}|${drawn}`)
    return <p>drawn from {drawn}</p>
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions().queryKey, dataset)
  const element = (
    <ShownFilters>
      <View />
    </ShownFilters>
  )
  const router = createMemoryRouter([{ path: '/', element }])
  render(
    <QueryClientProvider client={client}>
      {/* react-dom's flushSync, as react-router/dom's provider in the app passes it. */}
      <RouterProvider router={router} flushSync={(fn) => void flushSync(fn)} />
    </QueryClientProvider>,
  )
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

describe('rendersInBackground', () => {
  it('switches on at the threshold of dated records, and not for the real dataset', () => {
    expect(rendersInBackground(real)).toBe(false)
    expect(rendersInBackground(padded(BACKGROUND_RENDER_MIN_RECORDS - 1))).toBe(false)
    expect(rendersInBackground(padded(BACKGROUND_RENDER_MIN_RECORDS))).toBe(true)
  })
})
