import { useState } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Dispute, Meeting } from '../../../dataset/schema'
import type { FieldProblem } from '../../../workspace/article'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith, useSaveRecord } from '../use-save-record'
import { ProblemSummary } from './field-problems'
import { Choice, Field, WhenFields, toWhen, type WhenInput } from './form-fields'
import type { FormProps } from './record-form'

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

/** A meeting between two sides, one person each (edit the JSON for larger delegations). */
export function MeetingForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
}: FormProps<Meeting>) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const save = useSaveRecord()
  const people = dataset.people.map((p) => ({ id: p.id, label: p.name }))
  const [sideA, setSideA] = useState(editing?.sides[0]?.[0]?.person ?? '')
  const [sideB, setSideB] = useState(editing?.sides[1]?.[0]?.person ?? '')
  const [status, setStatus] = useState<string>(editing?.status ?? 'held')
  const [place, setPlace] = useState(editing?.place ?? '')
  const [when, setWhen] = useState<WhenInput>({
    date: editing?.when.date ?? published,
    inferred: editing?.when.inferred ?? false,
    basis: editing?.when.basis ?? '',
  })
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const submit = async () => {
    if (!sideA || !sideB)
      return setProblems([
        { field: !sideA ? 'First side' : 'Second side', message: 'choose who met' },
      ])
    // An edited meeting keeps its other members; the first member of each side is the one chosen.
    const side = (i: number, person: string) => [{ person }, ...(editing?.sides[i]?.slice(1) ?? [])]
    const record = {
      id:
        editing?.id ??
        newRecordId('meet', `${sideA} ${sideB}`, when.date, (id) => ix.meetings.has(id)),
      sides: [side(0, sideA), side(1, sideB), ...(editing?.sides.slice(2) ?? [])],
      status: status as Meeting['status'],
      when: toWhen(when, editing?.when),
      place: place.trim() || null,
      issues: editing?.issues ?? [],
      topics: editing?.topics ?? [],
      summary: summary.trim(),
      evidence: evidenceWith(
        editing?.evidence,
        source,
        quote,
        editing?.evidence.find((e) => e.source === source)?.quote ?? null,
      ),
    }
    const found = await save({ collection: 'meetings', record })
    setProblems(found)
    if (!found.length)
      onDone(
        record.id,
        `Meeting saved: ${ix.people.get(sideA)?.name} and ${ix.people.get(sideB)?.name}.`,
      )
  }
  return (
    <form
      className="ws-form"
      noValidate
      aria-label={editing ? 'Edit meeting' : 'New meeting'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <ProblemSummary problems={problems} />
      <Choice
        label="First side"
        value={sideA}
        onChange={setSideA}
        problems={problems}
        options={people}
      />
      <Choice
        label="Second side"
        value={sideB}
        onChange={setSideB}
        problems={problems}
        options={people}
      />
      <Choice
        label="Status"
        value={status}
        onChange={setStatus}
        problems={problems}
        options={['held', 'planned', 'contact'].map((s) => ({ id: s, label: s }))}
      />
      <Field label="Place" problems={problems}>
        {(id) => <input id={id} value={place} onChange={(e) => setPlace(e.target.value)} />}
      </Field>
      <WhenFields value={when} onChange={setWhen} problems={problems} suggestion={dateSuggestion} />
      <Field label="Summary" problems={problems}>
        {(id) => (
          <textarea id={id} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <Buttons onCancel={() => onDone(null, null)} />
    </form>
  )
}

/** A dispute: this quote's side against a record the other side rests on. */
export function DisputeForm({ quote, source, editing, onDone }: FormProps<Dispute>) {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const save = useSaveRecord()
  const records = [
    ...dataset.positions,
    ...dataset.casualties,
    ...dataset.meetings,
    ...dataset.events,
  ].map((r) => ({ id: r.id, label: `${r.id}: ${r.summary.slice(0, 60)}` }))
  const [kind, setKind] = useState<string>(editing?.kind ?? 'conflicting-accounts')
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const [labelA, setLabelA] = useState(editing?.sides[0]?.label ?? '')
  const [labelB, setLabelB] = useState(editing?.sides[1]?.label ?? '')
  const [recordB, setRecordB] = useState(editing?.sides[1]?.records[0] ?? '')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const submit = async () => {
    const other = [ix.positions, ix.casualties, ix.meetings, ix.events]
      .map((m) => m.get(recordB))
      .find(Boolean)
    if (!other)
      return setProblems([
        { field: 'Other side’s record', message: 'choose the record the other side rests on' },
      ])
    const record = {
      id: editing?.id ?? newRecordId('dispute', summary, '', (id) => ix.disputes.has(id)),
      kind: kind as Dispute['kind'],
      summary: summary.trim(),
      sides: [
        {
          label: labelA.trim(),
          records: editing?.sides[0]?.records ?? [],
          evidence: evidenceWith(
            editing?.sides[0]?.evidence,
            source,
            quote,
            editing?.sides[0]?.evidence.find((e) => e.source === source)?.quote ?? null,
          ),
        },
        {
          label: labelB.trim(),
          records: [recordB],
          evidence: editing?.sides[1]?.evidence ?? other.evidence.slice(0, 1),
        },
      ],
    }
    const found = await save({ collection: 'disputes', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Dispute saved: ${record.summary}.`)
  }
  return (
    <form
      className="ws-form"
      noValidate
      aria-label={editing ? 'Edit dispute' : 'New dispute'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <ProblemSummary problems={problems} />
      <Choice
        label="Kind"
        value={kind}
        onChange={setKind}
        problems={problems}
        options={['denial', 'differing-figures', 'conflicting-accounts'].map((s) => ({
          id: s,
          label: s,
        }))}
      />
      <Field label="Summary" problems={problems}>
        {(id) => (
          <textarea id={id} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <Field label="This quote’s side" problems={problems}>
        {(id) => <input id={id} value={labelA} onChange={(e) => setLabelA(e.target.value)} />}
      </Field>
      <Field label="Other side" problems={problems}>
        {(id) => <input id={id} value={labelB} onChange={(e) => setLabelB(e.target.value)} />}
      </Field>
      <Choice
        label="Other side’s record"
        value={recordB}
        onChange={setRecordB}
        problems={problems}
        options={records}
      />
      <Buttons onCancel={() => onDone(null, null)} />
    </form>
  )
}
