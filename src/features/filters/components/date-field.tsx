import { DayInput } from '../../../components/day-input'
import { formatDay, isRealIsoDate } from '../../../lib/dates'

/**
 * A year typed digit by digit passes through 0002, 0020 and 0202: a date field that wrote each to
 * the URL re-rendered mid-typing and lost the year. Only a date with a four-digit year is written.
 */
export const isCompleteDate = (value: string) => isRealIsoDate(value) && value >= '1000-01-01'

/**
 * A labelled date field bound to the URL, typed and shown as the app writes dates ("7 Oct 2023")
 * rather than in the browser's locale; the URL keeps YYYY-MM-DD. `min` and `max` are the dataset's
 * span, said in the field's description; a date outside it is clamped by the URL's reading.
 */
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
  const hintId = `date-hint-${label.toLowerCase()}`
  return (
    // data-*: the ISO value and span for the bench (bench/in-page.ts), which the text cannot give.
    <span className="date-field" data-value={value} data-min={min} data-max={max}>
      <label>
        {label}{' '}
        <DayInput
          value={value}
          describedBy={hintId}
          onChange={(day) => {
            if (isCompleteDate(day)) onCommit(day)
          }}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        Day, month and year, such as 7 Oct 2023; the data runs from {formatDay(min)} to{' '}
        {formatDay(max)}.
      </span>
    </span>
  )
}
