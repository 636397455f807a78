import { useEffect, useState } from 'react'
import { formatDay } from '../../../lib/dates'
import type { DateSuggestion } from '../../../workspace/suggest/dates'

/**
 * A publication date read from the text's date line, offered for the analyst to accept; never
 * applied by itself. The date parser loads only when there is text to read.
 */
export function PublishedSuggestion({
  text,
  published,
  onAccept,
}: {
  text: string
  published: string
  onAccept: (date: string, basis: string) => void
}) {
  const [found, setFound] = useState<{ text: string; suggestion: DateSuggestion | null } | null>(
    null,
  )
  const [dismissed, setDismissed] = useState<string | null>(null)
  useEffect(() => {
    if (!text.trim()) return
    let live = true
    void import('../../../workspace/suggest/dates').then(({ suggestPublished }) => {
      if (live) setFound({ text, suggestion: suggestPublished(text) })
    })
    return () => {
      live = false
    }
  }, [text])
  // A suggestion read from an earlier text is not shown for this one.
  const suggestion = found?.text === text ? found.suggestion : null
  if (!suggestion || suggestion.date === published || dismissed === suggestion.date) return null
  return (
    <div className="ws-suggestion" role="status">
      <p>
        Suggested publication date: <strong>{formatDay(suggestion.date)}</strong>, from “
        {suggestion.phrase}” near the top of the text.
      </p>
      <button type="button" onClick={() => onAccept(suggestion.date, suggestion.basis)}>
        Use {formatDay(suggestion.date)}
      </button>{' '}
      <button type="button" onClick={() => setDismissed(suggestion.date)}>
        Dismiss
      </button>
    </div>
  )
}
