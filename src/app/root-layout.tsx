import { NavLink, Outlet } from 'react-router'

/** Header, navigation and the current route. */
export function RootLayout() {
  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">
          <NavLink to="/">Blueline</NavLink>
        </p>
        <nav aria-label="Views">
          <NavLink to="/" end>
            Summary
          </NavLink>
        </nav>
      </header>
      <Outlet />
    </div>
  )
}
