import { useState } from 'react'
import type { Casualty } from '../../../dataset/schema'
import { newRecordId } from '../../../workspace/check-record'
import { evidenceWith, type RecordChange } from '../use-save-record'
import { useRecordForm } from '../use-record-form'
import { Choice, NEW, TextAreaField, TextField } from './form-fields'
import { RecordFormShell } from './record-form-shell'
import { WhenFields, toWhen, useWhenInput } from './when-fields'
import type { FormProps } from './record-form'

const METRICS = ['killed', 'injured', 'evacuated', 'displaced', 'held-hostage'] as const
const QUALIFIERS = ['exact', 'more-than', 'at-least', 'approximately', 'tens-of'] as const
const opts = (list: readonly string[]) => list.map((x) => ({ id: x, label: x }))

/** A casualty figure: how many, of whom, claimed by whom, as of when. */
export function CasualtyForm({
  quote,
  source,
  editing,
  onDone,
  published,
  dateSuggestion,
  initialValue,
}: FormProps<Casualty> & { initialValue?: number }) {
  const { dataset, ix, save, actors, problems, setProblems } = useRecordForm()
  const number = /\d[\d,.]*/.exec(quote)?.[0]
  const [metric, setMetric] = useState<string>(editing?.metric ?? 'killed')
  const [population, setPopulation] = useState(editing?.population ?? '')
  const [newPopulation, setNewPopulation] = useState('')
  const [value, setValue] = useState(
    String(editing?.value ?? initialValue ?? (number ? Number(number.replace(/,/g, '')) : '')),
  )
  const [qualifier, setQualifier] = useState<string>(editing?.qualifier ?? 'exact')
  const [claimantActor, setClaimantActor] = useState(editing?.claimant.actor ?? '')
  const [claimant, setClaimant] = useState(editing?.claimant.label ?? '')
  const [period, setPeriod] = useState(editing?.period.label ?? '')
  const [when, setWhen] = useWhenInput(editing?.when, published)
  const [summary, setSummary] = useState(editing?.summary ?? '')
  const submit = async () => {
    const alongside: RecordChange[] = []
    let populationId = population
    if (population === NEW) {
      populationId = newPopulation
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
      alongside.push({
        collection: 'populations',
        record: { id: populationId, label: newPopulation.trim() },
      })
    }
    if (!populationId)
      return setProblems([{ field: 'Population', message: 'choose whose figure it is' }])
    if (!/^\d+(\.\d+)?$/.test(value.trim()))
      return setProblems([
        { field: 'Value', message: 'write the number in digits, without commas' },
      ])
    const record = {
      id:
        editing?.id ??
        newRecordId('cas', `${populationId} ${metric}`, when.date, (id) => ix.casualties.has(id)),
      metric: metric as Casualty['metric'],
      population: populationId,
      value: Number(value),
      unit: editing?.unit ?? ('people' as const),
      qualifier: qualifier as Casualty['qualifier'],
      rate: editing?.rate ?? null,
      claimant: { actor: claimantActor || null, label: claimant.trim() },
      period: { ...(editing?.period ?? {}), label: period.trim() },
      when: toWhen(when, editing?.when),
      summary: summary.trim(),
      evidence: evidenceWith(editing?.evidence, source, quote),
    }
    const found = await save({ collection: 'casualties', record }, alongside)
    setProblems(found)
    if (!found.length) onDone(record.id, `Casualty figure saved: ${record.value} ${record.metric}.`)
  }
  return (
    <RecordFormShell
      name={editing ? 'Edit casualty figure' : 'New casualty figure'}
      problems={problems}
      onSubmit={submit}
      onCancel={() => onDone(null, null)}
    >
      <Choice
        label="Metric"
        value={metric}
        onChange={setMetric}
        problems={problems}
        options={opts(METRICS)}
      />
      <Choice
        label="Population"
        value={population}
        onChange={setPopulation}
        problems={problems}
        options={dataset.populations.map((p) => ({ id: p.id, label: p.label }))}
        newLabel="New population label"
        newValue={newPopulation}
        onNewValue={setNewPopulation}
      />
      <TextField
        label="Value"
        inputMode="numeric"
        value={value}
        onChange={setValue}
        problems={problems}
      />
      <Choice
        label="Qualifier"
        value={qualifier}
        onChange={setQualifier}
        problems={problems}
        options={opts(QUALIFIERS)}
      />
      <Choice
        label="Claimant actor"
        value={claimantActor}
        onChange={setClaimantActor}
        problems={problems}
        empty="No actor"
        options={actors}
      />
      <TextField
        label="Claimed by"
        value={claimant}
        onChange={setClaimant}
        problems={problems}
        hint="Who gives the figure, in the article’s terms (“Lebanese health ministry”)."
      />
      <TextField
        label="Period"
        value={period}
        onChange={setPeriod}
        problems={problems}
        hint="The period the figure covers, in the article’s terms."
      />
      <WhenFields value={when} onChange={setWhen} problems={problems} suggestion={dateSuggestion} />
      <TextAreaField label="Summary" value={summary} onChange={setSummary} problems={problems} />
    </RecordFormShell>
  )
}
