import { useEffect, type MouseEvent } from 'react'
import { useLocation } from 'react-router'

interface Target {
  label: string
  /** Where focus goes: the view's tab stop (the matrix's active cell), else its first control. */
  selector: string
}

const VIEWS: Record<string, Target> = {
  matrix: { label: 'Skip to the matrix', selector: '[data-view="matrix"]' },
  casualties: { label: 'Skip to the casualty figures', selector: '[data-view="casualties"]' },
  meetings: { label: 'Skip to the meeting graph', selector: '[data-view="meetings"]' },
}
const EVIDENCE: Target = {
  label: 'Skip to the evidence (key E)',
  selector: 'aside[aria-label="Evidence"]',
}

/** True when a key press belongs to a field being typed in. */
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))

/** Focuses the evidence panel itself, so reading starts at its heading. */
function focusEvidence(): boolean {
  const panel = document.querySelector<HTMLElement>(EVIDENCE.selector)
  if (!panel) return false
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1')
  panel.focus()
  return true
}
const MAIN: Target = { label: 'Skip to the content', selector: 'main' }

/** The skip links each route offers, in page order. */
function targetsFor(pathname: string): Target[] {
  if (pathname === '/') return [VIEWS.matrix!, VIEWS.casualties!, VIEWS.meetings!, EVIDENCE]
  const view = VIEWS[pathname.slice(1)]
  if (view) return [view, EVIDENCE]
  return [MAIN]
}

/** Focuses the first of: the view body's roving tab stop, any control in it, the region itself. */
function focusRegion(region: HTMLElement) {
  const body = region.querySelector<HTMLElement>('.view-frame-body') ?? region
  const stop =
    body.querySelector<HTMLElement>('[tabindex="0"]') ??
    body.querySelector<HTMLElement>('button, a[href], input, select, [tabindex="0"]')
  if (stop) {
    stop.focus()
    return
  }
  if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '-1')
  region.focus()
}

/**
 * Links hidden until focused, first in the tab order: each lands on a view's own tab stop (the
 * matrix's active cell), so the grid is two key presses from the top, not sixty.
 */
export function SkipLinks() {
  const { pathname } = useLocation()
  // E, from anywhere but a text field: jump to the evidence of what was just selected.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'e' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      if (focusEvidence()) e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  const go = (e: MouseEvent, target: Target) => {
    if (target === EVIDENCE) {
      if (focusEvidence()) e.preventDefault()
      return
    }
    const region = document.querySelector<HTMLElement>(target.selector)
    if (!region) return
    e.preventDefault()
    focusRegion(region)
    region.scrollIntoView({ block: 'nearest' })
  }
  return (
    <nav aria-label="Skip links" className="skip-links">
      {targetsFor(pathname).map((t) => (
        <a
          key={t.label}
          href="#"
          aria-keyshortcuts={t === EVIDENCE ? 'E' : undefined}
          onClick={(e) => go(e, t)}
        >
          {t.label}
        </a>
      ))}
    </nav>
  )
}
