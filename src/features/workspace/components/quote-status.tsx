import type { QuoteCheck } from '../../../workspace/quote-check'
import { context } from '../../../workspace/quote-check'

/** What the check of the `Quote` field found: refused with the closest passage, or which occurrence. */
export function QuoteStatus({
  check,
  text,
  length,
  onChoose,
}: {
  check: QuoteCheck
  text: string
  length: number
  onChoose: (start: number) => void
}) {
  if (check.kind === 'empty' || check.kind === 'verbatim') return null
  if (check.kind === 'not-verbatim') {
    const c = check.closest
    return (
      <div role="alert" className="ws-refused">
        <p>
          <strong>Quote</strong>: not in the article word for word, so it cannot be saved. A quote
          must be an exact passage of the text, curly quotes and typos included.
        </p>
        {c ? (
          <p>
            Closest passage: “<span className="ws-closest">{c.passage}</span>” (first difference at
            character {c.firstDifference + 1}).
          </p>
        ) : (
          <p>No similar passage was found in this article.</p>
        )}
      </div>
    )
  }
  return (
    <fieldset className="ws-occurrences">
      <legend>
        This passage occurs {check.starts.length} times in the article. Which one do you mean?
      </legend>
      {check.starts.map((start, i) => {
        const c = context(text, start, length)
        return (
          <p key={start}>
            <button type="button" onClick={() => onChoose(start)}>
              Occurrence {i + 1}
            </button>{' '}
            <small>
              …{c.before}
              <mark>{c.passage}</mark>
              {c.after}…
            </small>
          </p>
        )
      })}
    </fieldset>
  )
}
