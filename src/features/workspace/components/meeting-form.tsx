import { useState } from 'react'
import type { Meeting } from '../../../dataset/schema'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith } from '../use-save-record'
import { useRecordForm } from '../use-record-form'
import {
  emptyParticipant,
  meetingSides,
  participantRow,
  sideName,
  toParticipant,
  type ParticipantRow,
} from '../record-sides'
import { Choice, TextAreaField, TextField } from './form-fields'
import { ParticipantFields } from './participant-fields'
import type { FormProps } from './record-form'
import { RecordFormShell } from './record-form-shell'
import { RowList } from './row-list'
import { WhenFields, toWhen, useWhenInput } from './when-fields'

/** A meeting between two or more sides (delegations), each of one or more participants. */
export function MeetingForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
}: FormProps<Meeting>) {
  const { ix, save, actors, people, problems, setProblems } = useRecordForm()
  const [sides, setSides] = useState<ParticipantRow[][]>(
    editing?.sides.map((s) => s.map(participantRow)) ?? [
      [emptyParticipant()],
      [emptyParticipant()],
    ],
  )
  const [via, setVia] = useState(editing?.via ? participantRow(editing.via) : emptyParticipant())
  const [status, setStatus] = useState<string>(editing?.status ?? 'held')
  const [place, setPlace] = useState(editing?.place ?? '')
  const [when, setWhen] = useWhenInput(editing?.when, published)
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const nameOf = (p: { person?: string; body?: string }) =>
    (p.person ? ix.people.get(p.person)?.name : undefined) ?? p.body ?? p.person
  const submit = async () => {
    const built = meetingSides(sides)
    if (built.problems.length) return setProblems(built.problems)
    const intermediary = toParticipant(via)
    const firsts = built.sides.map((s) => s[0]!.person ?? s[0]!.body ?? '')
    const record = {
      id:
        editing?.id ??
        newRecordId('meet', firsts.slice(0, 2).join(' '), when.date, (id) => ix.meetings.has(id)),
      sides: built.sides,
      status: status as Meeting['status'],
      ...(intermediary ? { via: intermediary } : {}),
      when: toWhen(when, editing?.when),
      place: place.trim() || null,
      issues: editing?.issues ?? [],
      topics: editing?.topics ?? [],
      summary: summary.trim(),
      evidence: evidenceWith(editing?.evidence, source, quote),
      ...(editing?.ambiguity ? { ambiguity: editing.ambiguity } : {}),
    }
    const found = await save({ collection: 'meetings', record })
    setProblems(found)
    if (!found.length)
      onDone(
        record.id,
        `Meeting saved: ${built.sides.map((s) => s.map(nameOf).join(', ')).join(' and ')}.`,
      )
  }
  return (
    <RecordFormShell
      name={editing ? 'Edit meeting' : 'New meeting'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
      <RowList
        items={sides}
        onChange={setSides}
        make={() => [emptyParticipant()]}
        min={2}
        addLabel="Add side"
        removeLabel={(s) => `Remove ${sideName(s).toLowerCase()}`}
      >
        {(side, updateSide, s, removeSide) => (
          <fieldset className="ws-side">
            <legend>{sideName(s)}</legend>
            <RowList
              items={side}
              onChange={updateSide}
              make={emptyParticipant}
              addLabel={`Add participant to ${sideName(s).toLowerCase()}`}
              removeLabel={(r) => `Remove participant ${r + 1} from ${sideName(s).toLowerCase()}`}
            >
              {(row, updateRow, r, removeRow) => (
                <ParticipantFields
                  remove={removeRow}
                  name={`${sideName(s)}, participant ${r + 1}`}
                  value={row}
                  onChange={updateRow}
                  problems={problems}
                  people={people}
                  actors={actors}
                />
              )}
            </RowList>
            {removeSide}
          </fieldset>
        )}
      </RowList>
      <ParticipantFields
        name="Through an intermediary (optional)"
        value={via}
        onChange={setVia}
        problems={problems}
        people={people}
        actors={actors}
      />
      <Choice
        label="Status"
        value={status}
        onChange={setStatus}
        problems={problems}
        options={['held', 'planned', 'contact'].map((s) => ({ id: s, label: s }))}
      />
      <TextField label="Place" value={place} onChange={setPlace} problems={problems} />
      <WhenFields value={when} onChange={setWhen} problems={problems} suggestion={dateSuggestion} />
      <TextAreaField label="Summary" value={summary} onChange={setSummary} problems={problems} />
    </RecordFormShell>
  )
}
