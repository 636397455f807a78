import type { ReactNode } from 'react'
import type { FieldProblem } from '../../../workspace/article'
import { ProblemSummary } from './field-problems'

/**
 * The frame every record form shares: its accessible name, the problem summary on top, and
 * `Save record` / `Cancel` at the bottom. The browser's own validation is off: the build's is used.
 */
export function RecordFormShell({
  name,
  problems,
  onSubmit,
  onCancel,
  children,
}: {
  /** The form's accessible name, e.g. `New position` or `Edit position`. */
  name: string
  problems: FieldProblem[]
  onSubmit: () => Promise<void>
  onCancel: () => void
  children: ReactNode
}) {
  return (
    <form
      className="ws-form"
      noValidate
      aria-label={name}
      onSubmit={(e) => {
        e.preventDefault()
        void onSubmit()
      }}
    >
      <ProblemSummary problems={problems} />
      {children}
      <p className="ws-buttons">
        <button type="submit">Save record</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  )
}
