import { useNavigate, useLocation } from 'react-router'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import { isRealIsoDate } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { datePresets } from '../presets'
import { DateField } from './date-field'
import { VersionNotice } from './version-notice'

/** Date range, presets, the current focus and a reset; every control writes the URL. */
export function FilterBar() {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { filters, notices, version, update, span } = useFilters()
  const navigate = useNavigate()
  const location = useLocation()
  const setDate = (key: 'from' | 'to', value: string) => {
    if (isRealIsoDate(value)) update({ [key]: value })
  }
  const focus = [
    filters.actor
      ? {
          key: 'actor' as const,
          label: `Actor: ${ix.actors.get(filters.actor)?.name ?? filters.actor}`,
        }
      : null,
    filters.issue
      ? {
          key: 'issue' as const,
          label: `Issue: ${ix.issues.get(filters.issue)?.label ?? filters.issue}`,
        }
      : null,
    filters.person
      ? {
          key: 'person' as const,
          label: `Person: ${ix.people.get(filters.person)?.name ?? filters.person}`,
        }
      : null,
  ].filter((f) => f !== null)

  return (
    <div className="filter-bar" role="search" aria-label="Filter">
      <DateField
        label="From"
        value={filters.from}
        min={span.from}
        max={span.to}
        onCommit={(v) => setDate('from', v)}
      />
      <DateField
        label="To"
        value={filters.to}
        min={span.from}
        max={span.to}
        onCommit={(v) => setDate('to', v)}
      />
      <label>
        Preset{' '}
        <select
          value={
            datePresets(dataset).find((p) => p.from === filters.from && p.to === filters.to)
              ?.label ?? ''
          }
          onChange={(e) => {
            const p = datePresets(dataset).find((x) => x.label === e.target.value)
            if (p) update({ from: p.from, to: p.to })
          }}
        >
          <option value="" disabled>
            Custom range
          </option>
          {datePresets(dataset).map((p) => (
            <option key={p.label} value={p.label}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          void navigate(
            filters.dataset
              ? `${location.pathname}?dataset=${encodeURIComponent(filters.dataset)}`
              : location.pathname,
          )
        }
      >
        Reset
      </button>
      {focus.length > 0 ? (
        <ul className="focus-chips" aria-label="Focus">
          {focus.map((f) => (
            <li key={f.key}>
              {f.label}{' '}
              <button
                type="button"
                aria-label={`Clear ${f.label}`}
                onClick={() => update({ [f.key]: null })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {version ? <VersionNotice version={version} update={update} /> : null}
      {notices.length > 0 ? (
        <div className="notices" role="status" aria-label="Link problems">
          <p>Some link parameters were not understood and have been ignored:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={() => update({}, { replace: true })}>
            Remove them from the link
          </button>
        </div>
      ) : null}
    </div>
  )
}
