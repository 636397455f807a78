import { useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useUrlFilters } from '../../../url-state/use-url-state'
import '../search.css'

/** True when a key press belongs to a field being typed in, so `/` must not steal it. */
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))

/**
 * The header's search field. Typing opens `/search?q=` (later keystrokes replace that history
 * entry, so Back returns to where the search started); `/` or Ctrl+K focuses it from anywhere.
 */
export function SearchBox() {
  const { filters, linkTo, update } = useUrlFilters()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const input = useRef<HTMLInputElement>(null)
  // Local while typing; follows the URL when it changes elsewhere (Back, a link).
  const [value, setValue] = useState(filters.q ?? '')
  const [shown, setShown] = useState(filters.q)
  if (shown !== filters.q) {
    setShown(filters.q)
    setValue(filters.q ?? '')
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k'
      if (ctrlK || (e.key === '/' && !isTyping(e.target) && !e.altKey && !e.ctrlKey)) {
        e.preventDefault()
        input.current?.focus()
        input.current?.select()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const change = (next: string) => {
    setValue(next)
    const q = next.trim() ? next.slice(0, 200) : null
    setShown(q)
    if (pathname === '/search') update({ q }, { replace: true })
    else if (q) void navigate(linkTo('/search', { q, sel: null }))
  }

  return (
    <form
      role="search"
      aria-label="Find in the dataset"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault()
        if (pathname !== '/search' && value.trim())
          void navigate(linkTo('/search', { q: value.trim(), sel: null }))
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label="Search"
        aria-keyshortcuts="/ Control+K"
        placeholder="Search (/)"
        value={value}
        maxLength={200}
        onChange={(e) => change(e.target.value)}
      />
    </form>
  )
}
