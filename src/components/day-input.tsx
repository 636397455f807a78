import { useId, useState } from 'react'
import { formatDay, parseDay } from '../lib/dates'

/**
 * A date typed and shown as the app writes dates ("7 Oct 2023"), whatever the browser's locale; the
 * value in and out is YYYY-MM-DD. A complete date is passed on as it is typed; a year still being
 * typed never is (so it cannot snap back), and text that is not a date stays with a message.
 */
export function DayInput({
  id,
  value,
  onChange,
  describedBy,
  invalid: flagged = false,
}: {
  id?: string
  /** YYYY-MM-DD, or '' for none. */
  value: string
  onChange: (value: string) => void
  describedBy?: string
  /** Set by a form whose own check found a problem with the date. */
  invalid?: boolean
}) {
  // What is typed, and the value it was typed against: a value changed from outside (Back, the
  // timeline's handles) replaces the text, where a value the text itself passed on keeps it.
  const [typed, setTyped] = useState<{ text: string; base: string } | null>(null)
  if (typed && typed.base !== value) setTyped(null)
  const draft = typed && typed.base === value ? typed.text : null
  const setDraft = (text: string | null, base = value) =>
    setTyped(text === null ? null : { text, base })
  const [editing, setEditing] = useState(false)
  const problemId = useId()
  const shown = draft ?? (value ? formatDay(value) : '')
  const invalid = !editing && draft !== null && parseDay(draft) === null
  return (
    <>
      <input
        id={id}
        type="text"
        className="day-input"
        value={shown}
        placeholder="e.g. 7 Oct 2023"
        autoComplete="off"
        spellCheck={false}
        size={11}
        aria-invalid={invalid || flagged || undefined}
        aria-describedby={
          [describedBy, invalid ? problemId : ''].filter(Boolean).join(' ') || undefined
        }
        onFocus={() => setEditing(true)}
        onChange={(e) => {
          const text = e.target.value
          const day = parseDay(text)
          setDraft(text, day ?? value)
          if (day !== null && day !== value) onChange(day)
          // Emptied: a form may take "no date"; the URL's filter ignores it and keeps its date.
          else if (text.trim() === '' && value !== '') onChange('')
        }}
        onBlur={() => {
          setEditing(false)
          // A date, or nothing, is shown again as the app writes it; other text stays to be fixed.
          if (draft === null || parseDay(draft) !== null || draft.trim() === '') setDraft(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft !== null) setDraft(null)
        }}
      />
      {invalid ? (
        <span id={problemId} className="day-input-problem" role="alert">
          “{draft}” is not a date: type it as 7 Oct 2023 (day, month, year).
        </span>
      ) : null}
    </>
  )
}
