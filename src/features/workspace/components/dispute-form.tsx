import { useState } from 'react'
import type { Dispute } from '../../../dataset/schema'
import { newRecordId } from '../../../workspace/check-record'
import { useRecordForm } from '../use-record-form'
import { disputeSides, sideName, type DisputeSideRow } from '../record-sides'
import { Choice, RadioGroup, TextAreaField, TextField } from './form-fields'
import type { FormProps } from './record-form'
import { RecordFormShell } from './record-form-shell'
import { RowList } from './row-list'

const emptySide = (): DisputeSideRow => ({ label: '', records: [''], evidence: [] })

/**
 * A dispute (codebook X-dispute): two or more sides that cannot all be true as worded, each with
 * who says it, the records resting on it and its quotes; the quote being annotated goes on one side.
 */
export function DisputeForm({ quote, source, editing, onDone }: FormProps<Dispute>) {
  const { dataset, ix, save, problems, setProblems } = useRecordForm()
  const records = [
    ...dataset.positions,
    ...dataset.casualties,
    ...dataset.meetings,
    ...dataset.events,
  ].map((r) => ({ id: r.id, label: `${r.id}: ${r.summary.slice(0, 60)}` }))
  const [kind, setKind] = useState<string>(editing?.kind ?? 'conflicting-accounts')
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const [sides, setSides] = useState<DisputeSideRow[]>(
    editing?.sides.map((s) => ({ ...s, records: s.records.length ? s.records : [''] })) ?? [
      emptySide(),
      emptySide(),
    ],
  )
  const held = editing?.sides.findIndex((s) =>
    s.evidence.some((e) => e.source === source && e.quote === quote),
  )
  const [quoteSide, setQuoteSide] = useState(held !== undefined && held >= 0 ? held : 0)
  // Removing the side the quote was on moves it to the last side left.
  const onSide = Math.min(quoteSide, sides.length - 1)
  const recordsProblem = (s: number) => problems.find((p) => p.field === `${sideName(s)} records`)
  const submit = async () => {
    const evidenceOf = (id: string) =>
      [ix.positions, ix.casualties, ix.meetings, ix.events].map((m) => m.get(id)).find(Boolean)
        ?.evidence[0]
    const built = disputeSides(sides, { source, quote }, onSide, evidenceOf)
    const missing = summary.trim() ? [] : [{ field: 'Summary', message: 'say what is disputed' }]
    if (built.problems.length || missing.length) return setProblems([...missing, ...built.problems])
    const record = {
      id: editing?.id ?? newRecordId('dispute', summary, '', (id) => ix.disputes.has(id)),
      kind: kind as Dispute['kind'],
      summary: summary.trim(),
      sides: built.sides,
    }
    const found = await save({ collection: 'disputes', record })
    setProblems(found)
    if (!found.length) onDone(record.id, `Dispute saved: ${record.summary}.`)
  }
  return (
    <RecordFormShell
      name={editing ? 'Edit dispute' : 'New dispute'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
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
      <TextAreaField
        label="Summary"
        rows={2}
        value={summary}
        onChange={setSummary}
        problems={problems}
        hint="What is disputed, keeping each side’s figures and dates apart (codebook X-sides)."
      />
      <RowList
        items={sides}
        onChange={setSides}
        make={emptySide}
        min={2}
        addLabel="Add side"
        removeLabel={(s) => `Remove ${sideName(s).toLowerCase()}`}
      >
        {(side, update, s, removeSide) => (
          <fieldset className="ws-side">
            <legend>{sideName(s)}</legend>
            <TextField
              label={`${sideName(s)} label`}
              value={side.label}
              onChange={(label) => update({ ...side, label })}
              problems={problems}
              hint="Who says it, e.g. “Denial: Mikati’s office”."
            />
            <fieldset className="ws-records">
              <legend>{`${sideName(s)} records`}</legend>
              <RowList
                items={side.records}
                onChange={(r) => update({ ...side, records: r })}
                make={() => ''}
                addLabel={`Add record to ${sideName(s).toLowerCase()}`}
                removeLabel={(r) => `Remove record ${r + 1} from ${sideName(s).toLowerCase()}`}
              >
                {(id, updateId, r, removeRecord) => (
                  <div className="ws-record-row">
                    <Choice
                      label={`Record ${r + 1}`}
                      value={id}
                      onChange={updateId}
                      problems={[]}
                      empty="No record"
                      options={records}
                    />
                    {removeRecord}
                  </div>
                )}
              </RowList>
              {recordsProblem(s) ? (
                <p className="ws-field-error">{recordsProblem(s)?.message}</p>
              ) : null}
            </fieldset>
            {removeSide}
          </fieldset>
        )}
      </RowList>
      <RadioGroup
        legend="This quote’s side"
        value={String(onSide)}
        onChange={(v) => setQuoteSide(Number(v))}
        options={sides.map((side, s) => ({
          value: String(s),
          label: side.label.trim() ? `${sideName(s)}: ${side.label.trim()}` : sideName(s),
        }))}
      />
    </RecordFormShell>
  )
}
