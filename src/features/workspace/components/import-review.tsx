import { useState } from 'react'
import type { ImportPlan } from '../../../workspace/import'
import { useWorkspace } from '../../../workspace/workspace-context'
import { KIND_LABEL } from '../record-label'

const show = (r: unknown) => (r === null ? '(deleted)' : JSON.stringify(r, null, 2))

/** What an imported zip would change, with each conflicting record side by side to choose from. */
export function ImportReview({
  plan,
  onDone,
}: {
  plan: ImportPlan
  onDone: (message: string) => void
}) {
  const ws = useWorkspace()
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({})
  const undecided = plan.conflicts.filter((c) => !choice[`${c.collection}/${c.id}`]).length
  const apply = async () => {
    const taken = plan.conflicts.filter((c) => choice[`${c.collection}/${c.id}`] === 'theirs')
    await ws.saveMany([...plan.changes, ...taken])
    onDone(
      `Imported ${plan.changes.length + taken.length} change(s); kept yours for ${plan.conflicts.length - taken.length}.`,
    )
  }
  return (
    <div className="ws-import" aria-label="Import review" role="region">
      <h3>Import annotations</h3>
      {plan.problems.length ? (
        <div role="alert">
          <p>Some of the zip could not be taken (the rest can be):</p>
          <ul>
            {plan.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {plan.changes.length} change(s) to take; {plan.conflicts.length} record(s) changed both in
        your workspace and in the zip.
      </p>
      {plan.conflicts.map((c) => {
        const key = `${c.collection}/${c.id}`
        return (
          <fieldset key={key} className="ws-conflict">
            <legend>
              {KIND_LABEL[c.collection]} {c.id}
            </legend>
            <div className="ws-conflict-sides">
              <label>
                <input
                  type="radio"
                  name={key}
                  checked={choice[key] === 'mine'}
                  onChange={() => setChoice((x) => ({ ...x, [key]: 'mine' }))}
                />{' '}
                Keep yours
                <pre>{show(c.mine)}</pre>
              </label>
              <label>
                <input
                  type="radio"
                  name={key}
                  checked={choice[key] === 'theirs'}
                  onChange={() => setChoice((x) => ({ ...x, [key]: 'theirs' }))}
                />{' '}
                Take theirs
                <pre>{show(c.record)}</pre>
              </label>
            </div>
          </fieldset>
        )
      })}
      <p className="ws-buttons">
        <button
          type="button"
          disabled={undecided > 0 || plan.changes.length + plan.conflicts.length === 0}
          onClick={() => void apply()}
        >
          {undecided ? `Choose a side for ${undecided} record(s)` : 'Apply import'}
        </button>
        <button
          type="button"
          onClick={() => onDone('Import cancelled; your workspace is unchanged.')}
        >
          Cancel
        </button>
      </p>
    </div>
  )
}
