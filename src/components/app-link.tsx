import type { MouseEvent, ReactNode } from 'react'
import { useNavigate } from 'react-router'

/** True for a click the browser should handle itself: a new tab or window, a download, a right click. */
const opensElsewhere = (e: MouseEvent) =>
  e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0

/** An `onClick` that follows an in-app link through the router, leaving modified clicks to the browser. */
export function useFollowLink(): (e: MouseEvent, to: string) => void {
  const navigate = useNavigate()
  return (e, to) => {
    if (opensElsewhere(e)) return
    e.preventDefault()
    void navigate(to)
  }
}

/**
 * A link to an absolute in-app path such as `linkTo` gives (the router has no basename). The links
 * that keep the filter get a new `to` on every filter change, and react-router's `Link` resolves
 * it against the route each time: a dozen of them cost about 0.6 ms of every change (decision 010).
 */
export function AppLink(props: {
  to: string
  children: ReactNode
  /** Marks the link as the page on screen (`aria-current="page"`), as `NavLink` does. */
  current?: boolean
  className?: string
}) {
  const follow = useFollowLink()
  return (
    <a
      href={props.to}
      className={props.className}
      aria-current={props.current ? 'page' : undefined}
      onClick={(e) => follow(e, props.to)}
    >
      {props.children}
    </a>
  )
}
