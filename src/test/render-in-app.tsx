import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { UrlStateProvider } from '../url-state/url-state-provider'
import { datasetQueryOptions } from '../dataset/get-dataset'
import type { LoadedDataset } from '../dataset/dataset-schema'
import { loadRealDataset } from './dataset-fixture'

/**
 * Renders `ui` at `url` as the app would: the dataset in the query cache, a router, and the URL
 * state provider the root layout puts around every route. Returns the router, to navigate it.
 */
export function renderInApp(
  ui: ReactNode,
  { url = '/', dataset = loadRealDataset() }: { url?: string; dataset?: LoadedDataset } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions().queryKey, dataset)
  const path = new URL(url, 'http://x').pathname
  const router = createMemoryRouter(
    [{ path, element: <UrlStateProvider>{ui}</UrlStateProvider> }],
    { initialEntries: [url] },
  )
  render(
    <QueryClientProvider client={client}>
      {/* react-dom's flushSync, as react-router/dom's provider in the app passes it. */}
      <RouterProvider router={router} flushSync={(fn) => void flushSync(fn)} />
    </QueryClientProvider>,
  )
  return router
}
