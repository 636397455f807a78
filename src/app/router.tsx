import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter } from 'react-router'
import { datasetQueryOptions } from '../dataset/get-dataset'
import { RootLayout } from './root-layout'
import { NotFound, RouteError } from './route-error'
import { AboutRoute } from './routes/about-route'
import { BriefRoute } from './routes/brief-route'
import { CasualtiesRoute, MatrixRoute, MeetingsRoute, OverviewRoute, SourceRoute } from './routes/view-routes'

/** Routes; every one waits for the validated dataset so views never render half-loaded. */
export function createAppRouter(queryClient: QueryClient) {
  const loader = async () => {
    await queryClient.ensureQueryData(datasetQueryOptions())
    return null
  }
  return createBrowserRouter([
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
        { path: 'sources/:id', Component: SourceRoute },
        { path: 'about', Component: AboutRoute },
        { path: 'brief', Component: BriefRoute },
        { path: '*', Component: NotFound },
      ],
    },
  ])
}
