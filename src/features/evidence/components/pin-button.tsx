import { pinSelection, useBrief } from '../../../lib/brief/brief-store'
import { useFilters } from '../../../url-state/use-url-state'
import { AppLink } from '../../../components/app-link'

/** Pins the current selection, with the date range it is read under, to the brief at /brief. */
export function PinButton({ sel }: { sel: string | null }) {
  const brief = useBrief()
  const { filters, linkTo } = useFilters()
  if (!sel) return null
  const pinned = brief.pins.some((p) => p.sel === sel)
  return (
    <>
      <button
        type="button"
        aria-pressed={pinned}
        onClick={() => pinSelection({ sel, from: filters.from, to: filters.to })}
      >
        {pinned ? 'Pinned to brief' : 'Pin to brief'}
      </button>
      {brief.pins.length ? (
        <AppLink to={linkTo('/brief', { sel: null, person: null })} className="evidence-brief-link">
          Brief ({brief.pins.length})
        </AppLink>
      ) : null}
    </>
  )
}
