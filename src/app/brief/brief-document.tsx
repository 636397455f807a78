import { formatDay } from '../../lib/dates'
import { filterLine, sourceLine } from '../../lib/export/caption'
import type { Brief } from '../../lib/brief/brief-store'
import { howKnown, type BriefContent } from './brief-content'
import { briefSvg } from './brief-images'
import type { BriefMeta } from './office-files'

const unquote = (q: string) => q.replace(/^[“"]|[”"]$/g, '')

/**
 * The brief as it prints: title and range, key judgments, each pinned selection with its quotes
 * (footnoted into the source list), the three views drawn as vector images, the numbered sources.
 * Footnote marks are plain text, so nothing prints as link text.
 */
export function BriefDocument(props: { brief: Brief; content: BriefContent; meta: BriefMeta }) {
  const { brief, content, meta } = props
  const judgments = brief.judgments
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean)
  return (
    <article className="brief-doc" aria-label="Brief">
      <header className="brief-head">
        <h1>{meta.title}</h1>
        <p>
          {meta.range} · {meta.dataset}
        </p>
      </header>
      {judgments.length ? (
        <section className="brief-judgments" aria-labelledby="brief-judgments">
          <h2 id="brief-judgments">Key judgments</h2>
          <ul>
            {judgments.map((j, i) => (
              <li key={i}>{j}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {content.pins.map((p) => (
        <section key={p.pin.sel} className="brief-pin" aria-label={p.title}>
          <h2>{p.title}</h2>
          <p className="brief-meta">
            Quotes from {formatDay(p.pin.from)} – {formatDay(p.pin.to)}
          </p>
          {p.quotes.map((q, i) => (
            <blockquote key={i}>
              “{unquote(q.quote)}”<sup>[{q.note}]</sup>
            </blockquote>
          ))}
          {p.quotes.length === 0 ? (
            <p>
              {p.missing
                ? 'This selection is not in the dataset.'
                : 'No quote in the pinned range.'}
            </p>
          ) : null}
        </section>
      ))}
      {content.views.map((v) => (
        <figure key={v.id} className="brief-view" aria-label={v.title}>
          <h2>{v.title}</h2>
          {/* An image of our own SVG: vector in the PDF, and its text is not read twice. */}
          <img
            className="brief-svg"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(briefSvg(v).svg)}`}
            alt={`${v.title}, ${filterLine(v.info)}`}
          />
          <figcaption>
            {sourceLine(v.info)} · sources {v.notes.map((n) => `[${n}]`).join('')}
          </figcaption>
        </figure>
      ))}
      <section className="brief-sources" aria-labelledby="brief-sources">
        <h2 id="brief-sources">Sources</h2>
        <ol>
          {content.sources.map((s) => (
            <li key={s.id} value={s.number}>
              <strong>{s.title}</strong>. {s.outlet ?? 'Outlet not stated'},{' '}
              {formatDay(s.published)}. <span className="brief-how">{howKnown(s)}.</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
