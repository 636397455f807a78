import { useState } from 'react'
import { formatDay, isRealIsoDate } from '../../../lib/dates'

/**
 * A year typed digit by digit passes through 0002, 0020 and 0202: a date field that wrote each to
 * the URL re-rendered mid-typing and lost the year. Only a date with a four-digit year is written;
 * until then the field keeps what is typed, and leaving it restores the URL's date.
 */
export const isCompleteDate = (value: string) => isRealIsoDate(value) && value >= '1000-01-01'

/** A labelled date input bound to the URL, with the date also written as the app writes dates. */
export function DateField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string
  value: string
  min: string
  max: string
  onCommit: (value: string) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const hintId = `date-hint-${label.toLowerCase()}`
  return (
    <span className="date-field">
      <label>
        {label}{' '}
        <input
          type="date"
          value={draft ?? value}
          min={min}
          max={max}
          aria-describedby={hintId}
          onChange={(e) => {
            const next = e.target.value
            if (isCompleteDate(next)) {
              setDraft(null)
              onCommit(next)
            } else setDraft(next)
          }}
          onBlur={() => setDraft(null)}
        />
      </label>{' '}
      <span id={hintId} className="date-field-day">
        {formatDay(value)}
      </span>
    </span>
  )
}
