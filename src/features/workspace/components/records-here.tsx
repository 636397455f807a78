import { useState } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import type { LoadedDataset } from '../../../dataset/dataset-schema'
import type { AnyRecord } from '../../../workspace/entries'
import { useWorkspace } from '../../../workspace/workspace-context'
import { KIND_LABEL, recordText } from '../record-label'
import type { RecordKind } from './record-form'

type Cited = { kind: RecordKind; record: AnyRecord; quote: string }

function citing(d: LoadedDataset, sourceId: string): Cited[] {
  const out: Cited[] = []
  const add = (
    kind: RecordKind,
    record: AnyRecord,
    evidence: { source: string; quote: string }[],
  ) => {
    const e = evidence.find((x) => x.source === sourceId)
    if (e) out.push({ kind, record, quote: e.quote })
  }
  d.positions.forEach((r) => add('positions', r, r.evidence))
  d.casualties.forEach((r) => add('casualties', r, r.evidence))
  d.meetings.forEach((r) => add('meetings', r, r.evidence))
  d.events.forEach((r) => add('events', r, r.evidence))
  d.people.forEach((r) => add('people', r, r.evidence))
  d.disputes.forEach((r) =>
    add(
      'disputes',
      r,
      r.sides.flatMap((s) => s.evidence),
    ),
  )
  return out
}

/** Records that still point at `id` (a person), so deleting it would leave them dangling. */
function referrers(d: LoadedDataset, id: string): string[] {
  return [
    ...d.positions.filter((p) => p.speaker.person === id),
    ...d.casualties.filter((c) => c.claimant.person === id),
    ...d.meetings.filter((m) => m.sides.some((s) => s.some((p) => p.person === id))),
  ].map((r) => r.id)
}

/** Every record citing this article, built-in ones included, to edit or delete (with undo). */
export function RecordsHere({
  sourceId,
  onEdit,
}: {
  sourceId: string
  onEdit: (kind: RecordKind, record: AnyRecord, quote: string) => void
}) {
  const dataset = useDataset()
  const ws = useWorkspace()
  const [refused, setRefused] = useState<string | null>(null)
  const list = citing(dataset, sourceId)
  const remove = (c: Cited) => {
    const blocking = c.kind === 'people' ? referrers(dataset, c.record.id) : []
    if (blocking.length) {
      setRefused(
        `${recordText(c.record)} is not deleted: ${blocking.length} record(s) name this person (${blocking.slice(0, 3).join(', ')}${blocking.length > 3 ? ' …' : ''}). Change those first.`,
      )
      return
    }
    setRefused(null)
    void ws.save(c.kind, c.record.id, null)
  }
  return (
    <section aria-labelledby="ws-here-h" className="ws-here">
      <h3 id="ws-here-h">Records citing this article ({list.length})</h3>
      {refused ? <p role="alert">{refused}</p> : null}
      <ul>
        {list.map((c) => {
          const label = `${KIND_LABEL[c.kind].toLowerCase()} ${c.record.id}`
          return (
            <li key={`${c.kind}-${c.record.id}`}>
              <span className="ws-kind">{KIND_LABEL[c.kind]}</span> {recordText(c.record)}
              {dataset.workspace?.only.has(c.record.id) ? (
                <span className="ws-badge"> workspace only</span>
              ) : dataset.workspace?.changed.has(c.record.id) ? (
                <span className="ws-badge"> edited</span>
              ) : null}{' '}
              <button
                type="button"
                onClick={() => onEdit(c.kind, c.record, c.quote)}
                aria-label={`Edit ${label}`}
              >
                Edit
              </button>{' '}
              <button type="button" onClick={() => remove(c)} aria-label={`Delete ${label}`}>
                Delete
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
