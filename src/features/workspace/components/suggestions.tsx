import { useState } from 'react'
import type { Source } from '../../../dataset/schema'
import { useDataset } from '../../../url-state/dataset-on-screen'
import type { DateSuggestion } from '../../../workspace/suggest/dates'
import type { FigureSuggestion } from '../../../workspace/suggest/figures'
import type { PersonSuggestion } from '../../../workspace/suggest/people'

interface Found {
  people: PersonSuggestion[]
  figures: FigureSuggestion[]
  dates: DateSuggestion[]
}

/**
 * Candidates the article offers (people, casualty figures, relative dates), found on request by
 * libraries loaded only then; each one only fills the Quote field, for the analyst to decide.
 */
export function Suggestions({
  source,
  onQuote,
}: {
  source: Source
  onQuote: (quote: string) => void
}) {
  const dataset = useDataset()
  const [found, setFound] = useState<Found | null>(null)
  const [busy, setBusy] = useState(false)
  const [dismissed, setDismissed] = useState<Set<string>>(new Set())
  const find = async () => {
    setBusy(true)
    const [people, figures, dates] = await Promise.all([
      import('../../../workspace/suggest/people'),
      import('../../../workspace/suggest/figures'),
      import('../../../workspace/suggest/dates'),
    ])
    setFound({
      people: people.suggestPeople(source.text, dataset.people),
      figures: figures.suggestFigures(source.text),
      dates: dates.resolveRelativeDates(source.text, source.published.date),
    })
    setBusy(false)
  }
  if (!found)
    return (
      <p>
        <button type="button" onClick={() => void find()} disabled={busy}>
          {busy ? 'Reading the article…' : 'Suggest people, figures and dates'}
        </button>
      </p>
    )
  const item = (key: string, label: React.ReactNode, quote: string) =>
    dismissed.has(key) ? null : (
      <li key={key}>
        {label}{' '}
        <button type="button" onClick={() => onQuote(quote)}>
          Quote it
        </button>{' '}
        <button type="button" onClick={() => setDismissed((d) => new Set([...d, key]))}>
          Dismiss
        </button>
      </li>
    )
  return (
    <section aria-labelledby="ws-sugg-h" className="ws-suggestions">
      <h3 id="ws-sugg-h">Suggestions</h3>
      <h4>Casualty figures ({found.figures.length})</h4>
      <ul>
        {found.figures.map((f) =>
          item(
            `f-${f.start}-${f.phrase}`,
            <>
              {f.phrase} {f.metric}: “{f.sentence.slice(0, 90)}
              {f.sentence.length > 90 ? '…' : ''}”
            </>,
            f.sentence,
          ),
        )}
      </ul>
      <h4>People ({found.people.length})</h4>
      <ul>
        {found.people.map((p) =>
          item(
            `p-${p.start}`,
            <>
              {p.name} {p.person ? '(in the dataset)' : '(new)'}
            </>,
            p.name,
          ),
        )}
      </ul>
      <h4>Dates ({found.dates.length})</h4>
      <ul>
        {found.dates.map((d) =>
          item(
            `d-${d.start}`,
            <>
              “{d.phrase}” = {d.date}
            </>,
            d.phrase,
          ),
        )}
      </ul>
    </section>
  )
}
