import { useId, type ReactNode } from 'react'
import type { FieldProblem } from '../../../workspace/article'
import type { ParticipantRow } from '../record-sides'
import { Choice, TextField } from './form-fields'

/**
 * One participant of a meeting (or its intermediary): a person from the dataset, or a body named
 * in the article's terms with the actor it belongs to. `name` is the group's legend and the field
 * its problems are filed under (`First side, participant 2`).
 */
export function ParticipantFields({
  name,
  value,
  onChange,
  problems,
  people,
  actors,
  remove,
}: {
  name: string
  value: ParticipantRow
  onChange: (v: ParticipantRow) => void
  problems: FieldProblem[]
  people: { id: string; label: string }[]
  actors: { id: string; label: string }[]
  /** The row's Remove button, when it can be removed. */
  remove?: ReactNode
}) {
  const errorId = useId()
  const problem = problems.find((p) => p.field === name)
  return (
    <fieldset className="ws-participant" aria-describedby={problem ? errorId : undefined}>
      <legend>{name}</legend>
      <Choice
        label="Person"
        value={value.person}
        onChange={(person) => onChange({ ...value, person })}
        problems={[]}
        empty="No named person"
        options={people}
      />
      <TextField
        label="Body"
        value={value.body}
        onChange={(body) => onChange({ ...value, body })}
        problems={[]}
        hint="When no person is named, in the article’s terms."
      />
      <Choice
        label="Body’s actor"
        value={value.actor}
        onChange={(actor) => onChange({ ...value, actor })}
        problems={[]}
        empty="No actor"
        options={actors}
      />
      {problem ? (
        <p id={errorId} className="ws-field-error">
          {problem.message}
        </p>
      ) : null}
      {remove}
    </fieldset>
  )
}
