import { formatPath } from '../dataset/problems'
import type { Problem } from '../dataset/verify'

const SHOWN = 20

/** The first problems of a failed validation, each with its JSON path, then how many more. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const rest = problems.length - SHOWN
  return (
    <>
      <ul className="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{formatPath(p)}</code>
            {p.recordId ? (
              <>
                {' '}
                (record <code>{p.recordId}</code>)
              </>
            ) : null}
            : {p.message}
          </li>
        ))}
      </ul>
      {rest > 0 ? <p>…and {rest} more.</p> : null}
    </>
  )
}
