import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { datasetQueryOptions } from '../dataset/get-dataset'
import { loadRealDataset } from '../dataset/test-fixture'
import { ViewFrame } from './view-frame'

function renderWithApp(ui: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions().queryKey, loadRealDataset())
  const router = createMemoryRouter([{ path: '/', element: ui }])
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('ViewFrame', () => {
  it('contains a failing view: its own message and a retry, while a sibling view keeps working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let fail = true
    const Faulty = () => {
      if (fail) throw new Error('record "cas-x" has no population')
      return <p>Recovered chart</p>
    }
    renderWithApp(
      <>
        <ViewFrame title="Casualty figures" view="casualties" chart={() => <Faulty />} table={() => null} />
        <ViewFrame title="Position matrix" view="matrix" chart={() => <p>Matrix is fine</p>} table={() => null} />
      </>,
    )
    expect(screen.getByRole('alert').textContent).toContain('This view failed to render. record "cas-x" has no population')
    expect(screen.getByText('Matrix is fine')).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Recovered chart')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
