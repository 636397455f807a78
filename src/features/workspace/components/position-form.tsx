import { useState } from 'react'
import type { Position } from '../../../dataset/schema'
import { STANCE_ORDER } from '../../../dataset/vocabulary'
import type { FieldProblem } from '../../../workspace/article'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith, type RecordChange } from '../use-save-record'
import { useRecordForm } from '../use-record-form'
import type { FormProps } from './record-form'
import { Choice, NEW, RadioGroup, TextAreaField, TextField } from './form-fields'
import { RecordFormShell } from './record-form-shell'
import { WhenFields, toWhen, useWhenInput } from './when-fields'

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

/** A position: who holds which stance on which issue, when, in whose words. */
export function PositionForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
}: FormProps<Position>) {
  const { dataset, ix, save, actors, people, problems, setProblems } = useRecordForm()
  const [actor, setActor] = useState(editing?.actor ?? '')
  const [newActor, setNewActor] = useState('')
  const [issue, setIssue] = useState(editing?.issue ?? '')
  const [newIssue, setNewIssue] = useState('')
  const [stance, setStance] = useState<string>(editing?.stance ?? '')
  const [when, setWhen] = useWhenInput(editing?.when, published)
  const [basis, setBasis] = useState<'stated' | 'reported'>(editing?.basis ?? 'stated')
  const [person, setPerson] = useState(editing?.speaker.person ?? '')
  const [body, setBody] = useState(editing?.speaker.body ?? '')
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const [reading, setReading] = useState<'explicit' | 'implied'>(editing?.reading ?? 'explicit')
  const [note, setNote] = useState(editing?.ambiguity ?? '')

  const submit = async () => {
    const alongside: RecordChange[] = []
    let actorId = actor
    if (actor === NEW) {
      actorId = slug(newActor)
      if (!newActor.trim())
        return setProblems([{ field: 'New actor name', message: 'name the new actor' }])
      alongside.push({
        collection: 'actors',
        record: {
          id: actorId,
          name: newActor.trim(),
          shortName: newActor.trim(),
          kind: 'other',
          main: false,
        },
      })
    }
    let issueId = issue
    if (issue === NEW) {
      issueId = slug(newIssue)
      if (!newIssue.trim())
        return setProblems([{ field: 'New issue label', message: 'name the new issue' }])
      alongside.push({
        collection: 'issues',
        record: {
          id: issueId,
          label: newIssue.trim(),
          description: newIssue.trim(),
          evidence: [{ source, quote }],
        },
      })
    }
    const missing: FieldProblem[] = [
      ...(!actorId ? [{ field: 'Actor', message: 'choose who holds the position' }] : []),
      ...(!issueId ? [{ field: 'Issue', message: 'choose the issue' }] : []),
      ...(!stance ? [{ field: 'Stance', message: 'choose the stance' }] : []),
      ...(!person && !body.trim()
        ? [{ field: 'Who stated it', message: 'choose a person, or name the body that spoke' }]
        : []),
    ]
    if (missing.length) return setProblems(missing)
    const record = {
      id:
        editing?.id ??
        newRecordId('pos', `${actorId} ${issueId}`, when.date, (id) => ix.positions.has(id)),
      actor: actorId,
      issue: issueId,
      stance: stance as Position['stance'],
      basis,
      speaker: { ...(person ? { person } : {}), ...(body.trim() ? { body: body.trim() } : {}) },
      when: toWhen(when, editing?.when),
      summary: summary.trim(),
      evidence: evidenceWith(editing?.evidence, source, quote),
      reading,
      ...(editing?.via ? { via: editing.via } : {}),
      ...(note.trim() ? { ambiguity: note.trim() } : {}),
    }
    const found = await save({ collection: 'positions', record }, alongside)
    setProblems(found)
    if (!found.length)
      onDone(
        record.id,
        `Position saved: ${ix.actors.get(actorId)?.name ?? newActor} on ${ix.issues.get(issueId)?.label ?? newIssue}, ${stance}.`,
      )
  }

  return (
    <RecordFormShell
      name={editing ? 'Edit position' : 'New position'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
      <Choice
        label="Actor"
        value={actor}
        onChange={setActor}
        problems={problems}
        options={actors}
        newLabel="New actor name"
        newValue={newActor}
        onNewValue={setNewActor}
      />
      <Choice
        label="Issue"
        value={issue}
        onChange={setIssue}
        problems={problems}
        options={dataset.issues.map((i) => ({ id: i.id, label: i.label }))}
        newLabel="New issue label"
        newValue={newIssue}
        onNewValue={setNewIssue}
      />
      <Choice
        label="Stance"
        value={stance}
        onChange={setStance}
        problems={problems}
        options={STANCE_ORDER.map((s) => ({ id: s, label: s }))}
      />
      <WhenFields value={when} onChange={setWhen} problems={problems} suggestion={dateSuggestion} />
      <RadioGroup
        legend="Stated or reported"
        value={basis}
        onChange={setBasis}
        options={[
          { value: 'stated', label: 'stated (the actor’s own words)' },
          { value: 'reported', label: 'reported (by others)' },
        ]}
      />
      <RadioGroup
        legend="Reading"
        value={reading}
        onChange={setReading}
        options={[
          { value: 'explicit', label: 'explicit (the passage says the stance)' },
          { value: 'implied', label: 'implied (read from something else)' },
        ]}
      />
      <TextAreaField
        label="Note"
        rows={2}
        value={note}
        onChange={setNote}
        problems={problems}
        hint="What an implied stance is read from, or what is ambiguous (docs/codebook.md)."
      />
      <Choice
        label="Who stated it"
        value={person}
        onChange={setPerson}
        problems={problems}
        empty="No named person"
        options={people}
      />
      <TextField
        label="Body"
        value={body}
        onChange={setBody}
        problems={problems}
        hint="The office or body that spoke, when no person is named."
      />
      <TextAreaField
        label="Summary"
        value={summary}
        onChange={setSummary}
        problems={problems}
        hint="In your own words."
      />
    </RecordFormShell>
  )
}
