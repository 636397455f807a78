import { useState } from 'react'
import type { DatasetEvent, Person } from '../../../dataset/schema'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith } from '../use-save-record'
import { useRecordForm } from '../use-record-form'
import { Choice, TextAreaField, TextField } from './form-fields'
import type { FormProps } from './record-form'
import { RecordFormShell } from './record-form-shell'
import { WhenFields, toWhen, useWhenInput } from './when-fields'

/** An event: something that happened on a day, involving some actors. */
export function EventForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
}: FormProps<DatasetEvent>) {
  const { dataset, ix, save, problems, setProblems } = useRecordForm()
  const [label, setLabel] = useState(editing?.label ?? '')
  const [actors, setActors] = useState<string[]>(editing?.actors ?? [])
  const [when, setWhen] = useWhenInput(editing?.when, published)
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const submit = async () => {
    const record = {
      id: editing?.id ?? newRecordId('ev', label, when.date, (id) => ix.events.has(id)),
      label: label.trim(),
      when: toWhen(when, editing?.when),
      actors,
      summary: summary.trim(),
      evidence: evidenceWith(editing?.evidence, source, quote),
    }
    const found = await save({ collection: 'events', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Event saved: ${record.label}.`)
  }
  return (
    <RecordFormShell
      name={editing ? 'Edit event' : 'New event'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
      <TextField label="Label" value={label} onChange={setLabel} problems={problems} />
      <WhenFields value={when} onChange={setWhen} problems={problems} suggestion={dateSuggestion} />
      <fieldset className="ws-checks">
        <legend>Actors involved</legend>
        {dataset.actors.map((a) => (
          <label key={a.id}>
            <input
              type="checkbox"
              checked={actors.includes(a.id)}
              onChange={(e) =>
                setActors((x) => (e.target.checked ? [...x, a.id] : x.filter((y) => y !== a.id)))
              }
            />{' '}
            {a.shortName}
          </label>
        ))}
      </fieldset>
      <TextAreaField label="Summary" value={summary} onChange={setSummary} problems={problems} />
    </RecordFormShell>
  )
}

/** A person the articles name, with the actor they speak for. */
export function PersonForm({ quote, source, editing, onDone }: FormProps<Person>) {
  const { ix, save, actors, problems, setProblems } = useRecordForm()
  const [name, setName] = useState(editing?.name ?? quote.split(/\s+/).slice(0, 4).join(' '))
  const [role, setRole] = useState(editing?.role ?? '')
  const [actor, setActor] = useState(editing?.actor ?? '')
  const [aliases, setAliases] = useState((editing?.aliases ?? []).join('; '))
  const submit = async () => {
    const record = {
      id: editing?.id ?? newRecordId('', name, '', (id) => ix.people.has(id) || ix.actors.has(id)),
      name: name.trim(),
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      role: role.trim(),
      actor: actor || null,
      evidence: evidenceWith(editing?.evidence, source, quote),
      ...(editing?.note ? { note: editing.note } : {}),
    }
    const found = await save({ collection: 'people', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Person saved: ${record.name}.`)
  }
  return (
    <RecordFormShell
      name={editing ? 'Edit person' : 'New person'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
      <TextField label="Name" value={name} onChange={setName} problems={problems} />
      <TextField label="Role" value={role} onChange={setRole} problems={problems} />
      <Choice
        label="Speaks for"
        value={actor}
        onChange={setActor}
        problems={problems}
        empty="No actor"
        options={actors}
      />
      <TextField
        label="Other spellings"
        value={aliases}
        onChange={setAliases}
        problems={problems}
        hint="As the articles write them, separated by semicolons."
      />
    </RecordFormShell>
  )
}
