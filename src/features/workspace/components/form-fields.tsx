import { useId, type ReactNode } from 'react'
import type { FieldProblem } from '../../../workspace/article'

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
  // A record can point at a choice deleted since (an actor removed in the workspace): say so here,
  // rather than let the select show "Choose…" while the record still holds the old id.
  const gone = value !== '' && value !== NEW && !options.some((o) => o.id === value)
  const shown = gone
    ? [
        ...problems,
        {
          field: label,
          message: `“${value}” is no longer in the dataset (deleted?); choose another`,
        },
      ]
    : problems
  return (
    <>
      <Field label={label} problems={shown}>
        {(id, describedBy) => (
          <select
            id={id}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={gone || undefined}
          >
            <option value="">{empty ?? `Choose…`}</option>
            {gone ? <option value={value}>{`${value} (not in the dataset)`}</option> : null}
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

/** A one-line text field; `hint` says what belongs in it. */
export function TextField({
  label,
  value,
  onChange,
  problems,
  hint,
  inputMode,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  problems: FieldProblem[]
  hint?: string
  inputMode?: 'numeric'
}) {
  return (
    <Field label={label} problems={problems} hint={hint}>
      {(id, d) => (
        <input
          id={id}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={d}
        />
      )}
    </Field>
  )
}

/** A text area of a few lines (a summary, a note). */
export function TextAreaField({
  label,
  value,
  onChange,
  problems,
  hint,
  rows = 3,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  problems: FieldProblem[]
  hint?: string
  rows?: number
}) {
  return (
    <Field label={label} problems={problems} hint={hint}>
      {(id, d) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={d}
        />
      )}
    </Field>
  )
}

/** A few exclusive choices shown side by side, each with its meaning. */
export function RadioGroup<T extends string>({
  legend,
  value,
  onChange,
  options,
}: {
  legend: string
  value: T
  onChange: (v: T) => void
  options: { value: T; label: string }[]
}) {
  const name = useId()
  return (
    <fieldset className="ws-inline">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}
