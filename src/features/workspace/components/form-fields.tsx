import { useId, type ReactNode } from 'react'
import type { FieldProblem } from '../../../workspace/article'
import type { When } from '../../../dataset/schema'
import { DayInput } from '../../../components/day-input'

/** A labelled control with its problem underneath. */
export function Field({
  label,
  problems,
  children,
  hint,
}: {
  label: string
  problems: FieldProblem[]
  children: (id: string, describedBy: string | undefined) => ReactNode
  hint?: string
}) {
  const id = useId()
  const problem = problems.find((p) => p.field === label)
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-err` : ''].join(' ').trim()
  return (
    <div className="ws-field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy || undefined)}
      {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
      {problem ? (
        <p id={`${id}-err`} className="ws-field-error">
          {problem.message}
        </p>
      ) : null}
    </div>
  )
}

export const NEW = '__new__'

/** A choice among the dataset's records, with "Add new …" revealing a field for the new one's name. */
export function Choice({
  label,
  value,
  options,
  onChange,
  problems,
  newLabel,
  newValue,
  onNewValue,
  empty,
}: {
  label: string
  value: string
  options: { id: string; label: string }[]
  onChange: (v: string) => void
  problems: FieldProblem[]
  newLabel?: string
  newValue?: string
  onNewValue?: (v: string) => void
  empty?: string
}) {
  return (
    <>
      <Field label={label} problems={problems}>
        {(id, describedBy) => (
          <select
            id={id}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
          >
            <option value="">{empty ?? `Choose…`}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
            {newLabel ? <option value={NEW}>{`Add new ${label.toLowerCase()}…`}</option> : null}
          </select>
        )}
      </Field>
      {newLabel && value === NEW ? (
        <Field label={newLabel} problems={problems}>
          {(id) => (
            <input id={id} value={newValue ?? ''} onChange={(e) => onNewValue?.(e.target.value)} />
          )}
        </Field>
      ) : null}
    </>
  )
}

export interface WhenInput {
  date: string
  inferred: boolean
  basis: string
}

/** `Date` with whether it is inferred and how: the date the thing happened or was said. */
export function WhenFields({
  value,
  onChange,
  problems,
  suggestion,
}: {
  value: WhenInput
  onChange: (v: WhenInput) => void
  problems: FieldProblem[]
  suggestion?: { date: string; basis: string; phrase: string } | null
}) {
  return (
    <fieldset className="ws-when">
      <legend>When it happened or was said (not when it was reported)</legend>
      <Field label="Date" problems={problems}>
        {(id, d) => (
          <DayInput
            id={id}
            value={value.date}
            onChange={(date) => onChange({ ...value, date })}
            describedBy={d}
          />
        )}
      </Field>
      {suggestion && suggestion.date !== value.date ? (
        <p className="ws-suggestion">
          “{suggestion.phrase}” in the quote suggests {suggestion.date}.{' '}
          <button
            type="button"
            onClick={() =>
              onChange({ date: suggestion.date, inferred: true, basis: suggestion.basis })
            }
          >
            Use {suggestion.date}
          </button>
        </p>
      ) : null}
      <label className="ws-check">
        <input
          type="checkbox"
          checked={value.inferred}
          onChange={(e) => onChange({ ...value, inferred: e.target.checked })}
        />{' '}
        Date inferred (the text does not give it outright)
      </label>
      {value.inferred ? (
        <Field label="Date basis" problems={problems}>
          {(id, d) => (
            <input
              id={id}
              value={value.basis}
              onChange={(e) => onChange({ ...value, basis: e.target.value })}
              aria-describedby={d}
            />
          )}
        </Field>
      ) : null}
    </fieldset>
  )
}

/** The `when` of a record from the form's fields; an edited record keeps its range and precision. */
export const toWhen = (w: WhenInput, previous?: Pick<When, 'until' | 'precision'>) => ({
  date: w.date,
  ...(previous?.until ? { until: previous.until } : {}),
  ...(previous?.precision ? { precision: previous.precision } : {}),
  inferred: w.inferred,
  ...(w.inferred && w.basis.trim() ? { basis: w.basis.trim() } : {}),
})
