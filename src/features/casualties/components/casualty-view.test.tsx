import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { datasetQueryOptions } from '../../../dataset/get-dataset'
import { loadRealDataset } from '../../../dataset/test-fixture'
import { CasualtyView } from './casualty-view'

const dataset = loadRealDataset()

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions().queryKey, dataset)
  const router = createMemoryRouter(
    [{ path: '/casualties', element: <CasualtyView chartWidth={700} /> }],
    { initialEntries: [url] },
  )
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

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
      'Officials from both countries: more than 3,500 killed, People in Lebanon, reported 21 Nov 2024, disputed',
      'Officials from both countries: more than 120 killed, Israelis (civilians and soldiers), reported 21 Nov 2024, disputed',
    ])
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true)
    expect(screen.getByText('more than 3,500 · disputed')).toBeTruthy()
  })

  it('says so in words when no figure falls in the range', () => {
    renderAt('/casualties?from=2024-01-01&to=2024-02-01')
    expect(
      screen.getByText(/No casualty figure was stated between 1 Jan 2024 and 1 Feb 2024/),
    ).toBeTruthy()
  })
})
