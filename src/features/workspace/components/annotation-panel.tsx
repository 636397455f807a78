import { useEffect, useId, useMemo, useState } from 'react'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { checkQuote, uniqueQuote } from '../../../workspace/quote-check'
import type { AnyRecord } from '../../../workspace/entries'
import { selectedRange } from '../selection-offsets'
import { QuoteStatus } from './quote-status'
import { NEW_BUTTONS, RecordForm, type RecordKind } from './record-form'
import { RecordsHere } from './records-here'
import { StorageNotice } from './storage-notice'
import { Suggestions } from './suggestions'
import { Link } from 'react-router'
import '../workspace.css'

/**
 * The reader's annotation tools: a `Quote` field (type or paste, or select in the article), checked
 * against the article as the build checks it, and the forms that turn it into records.
 */
export function AnnotationPanel({ sourceId }: { sourceId: string }) {
  const dataset = useDataset()
  const { linkTo } = useFilters()
  const id = useId()
  const source = dataset.sources.find((s) => s.id === sourceId)
  const [quote, setQuote] = useState('')
  const [form, setForm] = useState<{ kind: RecordKind; editing?: AnyRecord } | null>(null)
  const [saved, setSaved] = useState<{ id: string; message: string } | null>(null)
  const [dateSuggestion, setDateSuggestion] = useState<{
    date: string
    basis: string
    phrase: string
  } | null>(null)
  const text = source?.text ?? ''
  const check = useMemo(() => checkQuote(quote, text), [quote, text])

  // A mouse (or keyboard) selection in the article fills the Quote field, grown until unique.
  useEffect(() => {
    const onUp = () => {
      const article = document.querySelector('.source-text')
      if (!article) return
      const range = selectedRange(article, text)
      if (range) setQuote(uniqueQuote(text, range[0], range[1]))
    }
    document.addEventListener('pointerup', onUp)
    document.addEventListener('keyup', onUp)
    return () => {
      document.removeEventListener('pointerup', onUp)
      document.removeEventListener('keyup', onUp)
    }
  }, [text])

  // Relative dates in the quote ("on Wednesday"), resolved against the article's date, as a suggestion.
  const published = source?.published.date ?? ''
  useEffect(() => {
    if (check.kind !== 'verbatim' || !published) return
    let live = true
    void import('../../../workspace/suggest/dates').then(({ resolveRelativeDates }) => {
      if (live) setDateSuggestion(resolveRelativeDates(quote, published)[0] ?? null)
    })
    return () => {
      live = false
    }
  }, [check.kind, quote, published])

  if (!source) return null
  const verbatim = check.kind === 'verbatim'
  return (
    <section aria-labelledby={`${id}-h`} className="ws-annotate">
      <h2 id={`${id}-h`}>Annotate</h2>
      <StorageNotice />
      {saved ? (
        <p role="status" className="ws-saved">
          {saved.message} It is in every view now:{' '}
          <Link to={linkTo('/', { sel: saved.id })}>see it in the overview</Link>.
        </p>
      ) : null}
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea
        id={`${id}-quote`}
        rows={3}
        value={quote}
        onChange={(e) => {
          setQuote(e.target.value)
          setSaved(null)
        }}
        aria-describedby={`${id}-quote-hint`}
      />
      <small id={`${id}-quote-hint`}>
        Select a passage in the article, or type or paste it here exactly as the article has it.
      </small>
      <QuoteStatus
        check={check}
        text={text}
        length={quote.length}
        onChoose={(start) => setQuote(uniqueQuote(text, start, start + quote.length))}
      />
      {verbatim && !form ? (
        <div className="ws-new-buttons" role="group" aria-label="Make a record of this quote">
          {NEW_BUTTONS.map(([kind, label]) => (
            <button key={kind} type="button" onClick={() => setForm({ kind })}>
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {form && (verbatim || form.editing) ? (
        <RecordForm
          key={`${form.kind}-${form.editing?.id ?? 'new'}`}
          kind={form.kind}
          editing={form.editing}
          quote={quote}
          source={source.id}
          published={published}
          dateSuggestion={dateSuggestion}
          onDone={(savedId, message) => {
            setForm(null)
            if (savedId && message) {
              setSaved({ id: savedId, message })
              setQuote('')
            }
          }}
        />
      ) : null}
      <p className="ws-meta">
        Article published {formatDay(published)}. Dates you give are when a thing happened or was
        said.
      </p>
      <Suggestions source={source} onQuote={setQuote} />
      <RecordsHere
        sourceId={source.id}
        onEdit={(kind, record, q) => {
          setQuote(q)
          setForm({ kind, editing: record })
        }}
      />
    </section>
  )
}
