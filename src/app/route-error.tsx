import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { DatasetLoadError } from '../dataset/load-error'
import { ProblemList } from '../components/problem-list'
import { appHistory } from '../url-state/deferred-history'
import { hasSelection, withoutSelection } from './recovery-links'

// The URL as the router has it, which the address bar may show a frame later (decision 012).
const here = () => appHistory().window.location

/** The app-level fallback: says what failed and where, and how to go on; never a blank page. */
export function RouteError() {
  const error = useRouteError()
  if (error instanceof DatasetLoadError) {
    return (
      <main className="route-error" role="alert">
        <h1>The dataset could not be loaded</h1>
        <p>
          File: <code>{error.file}</code>
        </p>
        <p>{error.message}</p>
        {error.problems.length > 0 ? <ProblemList problems={error.problems} /> : null}
        <p>
          Fix the file (or rebuild it with <code>npm run data</code>) and{' '}
          <a href={here().href}>reload</a>.
        </p>
      </main>
    )
  }
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  const message = error instanceof Error ? error.message : String(error)
  const { pathname, search } = here()
  return (
    <main className="route-error" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <p>
        <a href={here().href}>Reload the page</a>
        {hasSelection(search) ? (
          <>
            , <a href={`${pathname}${withoutSelection(search)}`}>reload it without the selection</a>
          </>
        ) : null}{' '}
        or <OverviewLink search={search} />.
      </p>
    </main>
  )
}

/**
 * The way back to the overview: it keeps the filters and the dataset, which hold for any page, and
 * unless told to keep the whole query, leaves out the selection, which may be what failed (issue 17).
 */
function OverviewLink({ search, whole = false }: { search: string; whole?: boolean }) {
  const kept = whole ? search : withoutSelection(search)
  return (
    <Link to={{ pathname: '/', search: kept }}>
      go to the overview{kept ? ' with the same filters' : ''}
    </Link>
  )
}

/**
 * A page's own fallback, drawn inside the layout so the header, the dataset and the filter stay:
 * a page whose code could not be downloaded (offline, a deploy replaced the chunks) or that failed
 * to render. Trying again reloads the same address, parameters and all.
 */
export function PageError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return <PageLoadFailed error={error} />
}

/** A page that could not load its code or draw itself; the layout around it stays. */
export function PageLoadFailed({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error)
  const chunk = /dynamically imported module|Importing a module script failed|error loading/i.test(
    message,
  )
  const { pathname, search } = here()
  return (
    <main className="route-error" role="alert">
      <h1>This page could not be shown</h1>
      <p>
        {chunk
          ? 'Its code could not be downloaded: the connection may be down, or the site was updated since this page was opened.'
          : message}
      </p>
      <p>
        <button type="button" onClick={() => window.location.assign(here().href)}>
          Try again
        </button>
        {/* A page that drew and failed may have failed on what the link selects: offer it without. */}
        {!chunk && hasSelection(search) ? (
          <>
            {' '}
            <button
              type="button"
              onClick={() => window.location.assign(`${pathname}${withoutSelection(search)}`)}
            >
              Try again without the selection
            </button>
          </>
        ) : null}{' '}
        {/* Code that could not be downloaded says nothing against the selection: keep it. */}
        or <OverviewLink search={search} whole={chunk} />.
      </p>
    </main>
  )
}

/** An unknown path: say so and offer the way back. */
export function NotFound() {
  return (
    <main className="route-error">
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{here().pathname}</code>. <Link to="/">Go to the overview</Link>.
      </p>
    </main>
  )
}
