import { useState } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { DatasetEvent, Person } from '../../../dataset/schema'
import type { FieldProblem } from '../../../workspace/article'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith, useSaveRecord } from '../use-save-record'
import { ProblemSummary } from './field-problems'
import { Choice, Field, WhenFields, toWhen, type WhenInput } from './form-fields'
import type { FormProps } from './record-form'

const quoteOf = (evidence: { source: string; quote: string }[] | undefined, source: string) =>
  evidence?.find((e) => e.source === source)?.quote ?? null

function Buttons({ onCancel }: { onCancel: () => void }) {
  return (
    <p className="ws-buttons">
      <button type="submit">Save record</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </p>
  )
}

/** An event: something that happened on a day, involving some actors. */
export function EventForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
}: FormProps<DatasetEvent>) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const save = useSaveRecord()
  const [label, setLabel] = useState(editing?.label ?? '')
  const [actors, setActors] = useState<string[]>(editing?.actors ?? [])
  const [when, setWhen] = useState<WhenInput>({
    date: editing?.when.date ?? published,
    inferred: editing?.when.inferred ?? false,
    basis: editing?.when.basis ?? '',
  })
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const submit = async () => {
    const record = {
      id: editing?.id ?? newRecordId('ev', label, when.date, (id) => ix.events.has(id)),
      label: label.trim(),
      when: toWhen(when, editing?.when),
      actors,
      summary: summary.trim(),
      evidence: evidenceWith(editing?.evidence, source, quote, quoteOf(editing?.evidence, source)),
    }
    const found = await save({ collection: 'events', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Event saved: ${record.label}.`)
  }
  return (
    <form
      className="ws-form"
      noValidate
      aria-label={editing ? 'Edit event' : 'New event'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <ProblemSummary problems={problems} />
      <Field label="Label" problems={problems}>
        {(id) => <input id={id} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
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
      <Field label="Summary" problems={problems}>
        {(id) => (
          <textarea id={id} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <Buttons onCancel={() => onDone(null, null)} />
    </form>
  )
}

/** A person the articles name, with the actor they speak for. */
export function PersonForm({ quote, source, editing, onDone }: FormProps<Person>) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const save = useSaveRecord()
  const [name, setName] = useState(editing?.name ?? quote.split(/\s+/).slice(0, 4).join(' '))
  const [role, setRole] = useState(editing?.role ?? '')
  const [actor, setActor] = useState(editing?.actor ?? '')
  const [aliases, setAliases] = useState((editing?.aliases ?? []).join('; '))
  const [problems, setProblems] = useState<FieldProblem[]>([])
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
      evidence: evidenceWith(editing?.evidence, source, quote, quoteOf(editing?.evidence, source)),
      ...(editing?.note ? { note: editing.note } : {}),
    }
    const found = await save({ collection: 'people', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Person saved: ${record.name}.`)
  }
  return (
    <form
      className="ws-form"
      noValidate
      aria-label={editing ? 'Edit person' : 'New person'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <ProblemSummary problems={problems} />
      <Field label="Name" problems={problems}>
        {(id) => <input id={id} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Role" problems={problems}>
        {(id) => <input id={id} value={role} onChange={(e) => setRole(e.target.value)} />}
      </Field>
      <Choice
        label="Speaks for"
        value={actor}
        onChange={setActor}
        problems={problems}
        empty="No actor"
        options={dataset.actors.map((a) => ({ id: a.id, label: a.name }))}
      />
      <Field
        label="Other spellings"
        problems={problems}
        hint="As the articles write them, separated by semicolons."
      >
        {(id, d) => (
          <input
            id={id}
            value={aliases}
            onChange={(e) => setAliases(e.target.value)}
            aria-describedby={d}
          />
        )}
      </Field>
      <Buttons onCancel={() => onDone(null, null)} />
    </form>
  )
}
