import { NavLink, Outlet } from 'react-router'
import { FilterBar } from '../features/filters/components/filter-bar'
import { TimelineStrip } from '../features/timeline/components/timeline-strip'
import { CopyLinkButton } from '../components/copy-link-button'
import { DatasetPicker } from '../features/dataset-picker/components/dataset-picker'
import { useFilters } from '../lib/use-filters'

const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/matrix', label: 'Matrix' },
  { path: '/casualties', label: 'Casualties' },
  { path: '/meetings', label: 'Meetings' },
  { path: '/brief', label: 'Brief' },
  { path: '/about', label: 'About' },
]

/** Header with filter-keeping navigation, the filter bar, the timeline, and the current route. */
export function RootLayout() {
  const { linkTo } = useFilters()
  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">
          <NavLink to={linkTo('/')}>Blueline</NavLink>
        </p>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <NavLink key={n.path} to={linkTo(n.path)} end>
              {n.label}
            </NavLink>
          ))}
        </nav>
        <CopyLinkButton />
        <DatasetPicker />
      </header>
      <FilterBar />
      <TimelineStrip />
      <Outlet />
    </div>
  )
}
