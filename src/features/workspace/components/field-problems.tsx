import type { FieldProblem } from '../../../workspace/article'

/** Every problem of a form, each naming its field, announced when the form is refused. */
export function ProblemSummary({ problems }: { problems: FieldProblem[] }) {
  if (!problems.length) return null
  return (
    <div role="alert" className="ws-problems">
      <p>
        Not saved: {problems.length === 1 ? 'one field needs' : `${problems.length} fields need`}{' '}
        attention.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}-${p.message}`}>
            <strong>{p.field}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The problem of one field, under it. */
export function FieldError({ problem }: { problem: FieldProblem | undefined }) {
  return problem ? <p className="ws-field-error">{problem.message}</p> : null
}
