import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import { datasetQueryOptions } from '../dataset/get-dataset'
import { appHistory } from '../url-state/deferred-history'
import { RootLayout } from './root-layout'
import { NotFound, PageError, PageLoadFailed, RouteError } from './route-error'
import { CasualtiesRoute, MatrixRoute, MeetingsRoute, OverviewRoute } from './routes/view-routes'

// Pages off the overview load on first visit, so their code is not in the first download. A chunk
// that cannot be downloaded becomes a page saying so, inside the layout, with a way to try again.
const page = (load: () => Promise<ComponentType>) => async () => {
  try {
    return { Component: await load() }
  } catch (e) {
    return { Component: () => <PageLoadFailed error={e} /> }
  }
}
const about = page(async () => (await import('./routes/about-route')).AboutRoute)
const brief = page(async () => (await import('./routes/brief-route')).BriefRoute)
const source = page(async () => (await import('./routes/source-route')).SourceRoute)
const search = page(async () => (await import('./routes/search-route')).SearchRoute)
// The index pages share one chunk: whoever opens one is likely to follow a link to another.
const indexPage = (
  name: 'PeopleRoute' | 'PersonRoute' | 'SourcesRoute' | 'DisputesRoute' | 'ActorRoute',
) => page(async () => (await import('./routes/index-routes'))[name])
const workspace = page(async () => (await import('./routes/workspace-route')).WorkspaceRoute)

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
          // Each page fails inside the layout (PageError), so a page that cannot load or draw
          // leaves the header, the dataset and the filter in place.
          { index: true, Component: OverviewRoute, ErrorBoundary: PageError },
          { path: 'matrix', Component: MatrixRoute, ErrorBoundary: PageError },
          { path: 'casualties', Component: CasualtiesRoute, ErrorBoundary: PageError },
          { path: 'meetings', Component: MeetingsRoute, ErrorBoundary: PageError },
          { path: 'sources', lazy: indexPage('SourcesRoute'), ErrorBoundary: PageError },
          { path: 'sources/:id', lazy: source, ErrorBoundary: PageError },
          { path: 'people', lazy: indexPage('PeopleRoute'), ErrorBoundary: PageError },
          { path: 'people/:id', lazy: indexPage('PersonRoute'), ErrorBoundary: PageError },
          { path: 'disputes', lazy: indexPage('DisputesRoute'), ErrorBoundary: PageError },
          { path: 'actors/:id', lazy: indexPage('ActorRoute'), ErrorBoundary: PageError },
          { path: 'search', lazy: search, ErrorBoundary: PageError },
          { path: 'about', lazy: about, ErrorBoundary: PageError },
          { path: 'brief', lazy: brief, ErrorBoundary: PageError },
          { path: 'workspace', lazy: workspace, ErrorBoundary: PageError },
          { path: '*', Component: NotFound },
        ],
      },
    ],
    // History writes wait for the frame that shows the change (decision 012).
    { window: appHistory().window },
  )
}
