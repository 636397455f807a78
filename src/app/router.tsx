import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter } from 'react-router'
import { datasetQueryOptions } from '../dataset/get-dataset'
import { appHistory } from '../url-state/deferred-history'
import { RootLayout } from './root-layout'
import { NotFound, RouteError } from './route-error'
import { CasualtiesRoute, MatrixRoute, MeetingsRoute, OverviewRoute } from './routes/view-routes'

// Pages off the overview load on first visit, so their code is not in the first download.
const about = async () => ({ Component: (await import('./routes/about-route')).AboutRoute })
const brief = async () => ({ Component: (await import('./routes/brief-route')).BriefRoute })
const source = async () => ({ Component: (await import('./routes/source-route')).SourceRoute })
const workspace = async () => ({
  Component: (await import('./routes/workspace-route')).WorkspaceRoute,
})

/** Routes; every one waits for the validated dataset so views never render half-loaded. */
export function createAppRouter(queryClient: QueryClient) {
  const loader = async () => {
    await queryClient.ensureQueryData(datasetQueryOptions())
    return null
  }
  return createBrowserRouter(
    [
      {
        id: 'root',
        path: '/',
        Component: RootLayout,
        ErrorBoundary: RouteError,
        HydrateFallback: () => <p className="loading">Loading the dataset…</p>,
        loader,
        // The loader only makes sure the built-in dataset is in the cache; without this, every filter
        // change (a search-param navigation) would re-run it and make the update wait a task or more.
        shouldRevalidate: () => false,
        children: [
          { index: true, Component: OverviewRoute },
          { path: 'matrix', Component: MatrixRoute },
          { path: 'casualties', Component: CasualtiesRoute },
          { path: 'meetings', Component: MeetingsRoute },
          { path: 'sources/:id', lazy: source },
          { path: 'about', lazy: about },
          { path: 'brief', lazy: brief },
          { path: 'workspace', lazy: workspace },
          { path: '*', Component: NotFound },
        ],
      },
    ],
    // History writes wait for the frame that shows the change (decision 012).
    { window: appHistory().window },
  )
}
