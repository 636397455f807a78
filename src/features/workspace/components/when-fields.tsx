import { useState } from 'react'
import type { FieldProblem } from '../../../workspace/article'
import type { When } from '../../../dataset/schema'
import { Field, TextField } from './form-fields'
import { DayInput } from '../../../components/day-input'

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
        <TextField
          label="Date basis"
          value={value.basis}
          onChange={(basis) => onChange({ ...value, basis })}
          problems={problems}
        />
      ) : null}
    </fieldset>
  )
}

/** The form's `Date` group, started from the edited record's date or the article's publication date. */
export function useWhenInput(editing: When | undefined, published: string) {
  return useState<WhenInput>({
    date: editing?.date ?? published,
    inferred: editing?.inferred ?? false,
    basis: editing?.basis ?? '',
  })
}

/** The `when` of a record from the form's fields; an edited record keeps its range and precision. */
export const toWhen = (w: WhenInput, previous?: Pick<When, 'until' | 'precision'>) => ({
  date: w.date,
  ...(previous?.until ? { until: previous.until } : {}),
  ...(previous?.precision ? { precision: previous.precision } : {}),
  inferred: w.inferred,
  ...(w.inferred && w.basis.trim() ? { basis: w.basis.trim() } : {}),
})
