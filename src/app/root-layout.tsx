import { memo, useId, useState } from 'react'
import { Outlet, useLocation } from 'react-router'
import { AppLink } from '../components/app-link'
import { FilterBar } from '../features/filters/components/filter-bar'
import { FilterDrawer } from '../features/filters/components/filter-drawer'
import { TimelineStrip } from '../features/timeline/components/timeline-strip'
import { CopyLinkButton } from '../components/copy-link-button'
import { SkipLinks } from '../components/skip-links'
import { UrlStateProvider } from '../url-state/url-state-provider'
import { DatasetPicker } from '../features/dataset-picker/components/dataset-picker'
import { useFilters } from '../url-state/use-url-state'
import { useDataset } from '../url-state/dataset-on-screen'
import { SearchBox } from '../features/search/components/search-box'
import { WorkspaceProvider } from '../workspace/workspace-provider'
import { useBriefStorage } from './use-brief-storage'
import { WorkspaceUpdating } from '../components/workspace-updating'

const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/matrix', label: 'Matrix' },
  { path: '/casualties', label: 'Casualties' },
  { path: '/meetings', label: 'Meetings' },
  { path: '/people', label: 'People' },
  { path: '/sources', label: 'Sources' },
  { path: '/disputes', label: 'Disputes' },
  { path: '/brief', label: 'Brief' },
  { path: '/workspace', label: 'Workspace' },
  { path: '/about', label: 'About' },
]

/**
 * The brand and the view links; each keeps the current filters, so it follows the URL. On a narrow
 * screen (phone.css) the links fold behind a "Views" button that closes again when one is followed.
 */
function ViewNav() {
  const { linkTo } = useFilters()
  const { pathname } = useLocation()
  const [open, setOpen] = useState(false)
  const [openedOn, setOpenedOn] = useState(pathname)
  if (openedOn !== pathname) {
    // Another page was opened (a link in the menu, or Back): the menu has done its job.
    setOpenedOn(pathname)
    setOpen(false)
  }
  const navId = useId()
  return (
    <>
      <p className="brand">
        <AppLink to={linkTo('/')} current={pathname === '/'}>
          Blueline
        </AppLink>
      </p>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpen(!open)}
      >
        Views <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <nav id={navId} aria-label="Views" className={open ? 'is-open' : undefined}>
        {NAV.map((n) => (
          <AppLink key={n.path} to={linkTo(n.path)} current={pathname === n.path}>
            {n.label}
          </AppLink>
        ))}
      </nav>
    </>
  )
}

/** "Copy link" pinned to the dataset on screen; reads only the dataset, so filter changes skip it. */
function PinnedCopyLink() {
  const dataset = useDataset()
  return <CopyLinkButton pin={{ span: dataset.derived.span, version: dataset.version }} />
}

/**
 * Header with filter-keeping navigation, the filter bar, the timeline, and the current route.
 * memo: the router renders the root route anew on every navigation, a filter change included;
 * with no props to compare, this bails out and only what reads the URL re-renders (decision 010).
 */
export const RootLayout = memo(function RootLayout() {
  useBriefStorage()
  return (
    <WorkspaceProvider>
      <UrlStateProvider>
        <div className="app">
          <SkipLinks />
          <header className="app-header">
            <ViewNav />
            <SearchBox />
            <PinnedCopyLink />
            <DatasetPicker />
          </header>
          <FilterDrawer>
            <FilterBar />
            <TimelineStrip />
          </FilterDrawer>
          <WorkspaceUpdating />
          <Outlet />
        </div>
      </UrlStateProvider>
    </WorkspaceProvider>
  )
})
