import { useEffect, useMemo } from 'react'
import { Link, useLocation } from 'react-router'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { selectSourcePassages } from '../../../dataset/select/source-passages'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { offsetFromHash, rangeFromHash } from '../paragraphs'
import { ArticleText } from './article-text'
import { PassageList } from './passage-list'
import '../sources.css'

function OtherSources({ current }: { current: string }) {
  const dataset = useDataset()
  const { linkTo } = useFilters()
  const others = [...dataset.sources]
    .filter((s) => s.id !== current)
    .sort((a, b) => a.published.date.localeCompare(b.published.date))
  return (
    <nav aria-labelledby="other-sources-heading" className="source-others">
      <h2 id="other-sources-heading">{current ? 'Other sources' : 'Sources'}</h2>
      <ul>
        {others.map((s) => (
          <li key={s.id}>
            <Link to={linkTo(`/sources/${s.id}`)}>{s.title}</Link>{' '}
            <small>({formatDay(s.published.date)})</small>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * The whole article with cited passages marked; a `#q-OFFSET` hash highlights and scrolls to one.
 * `tools` (the workspace's annotation panel) sits at the top of the side column.
 */
export function SourceReader({ sourceId, tools }: { sourceId: string; tools?: React.ReactNode }) {
  const dataset = useDataset()
  const { hash } = useLocation()
  const source = dataset.sources.find((s) => s.id === sourceId)
  const { passages, segments } = useMemo(
    () => selectSourcePassages(dataset, sourceId),
    [dataset, sourceId],
  )
  const target = offsetFromHash(hash)
  const found = useMemo(() => rangeFromHash(hash), [hash])

  // Focus goes to the followed passage, so a keyboard or screen reader user lands where they asked.
  useEffect(() => {
    const id = found ? `t-${found.start}-${found.end}` : target !== null ? `q-${target}` : null
    const el = id ? document.getElementById(id) : null
    el?.scrollIntoView({ block: 'center' })
    el?.focus({ preventScroll: true })
  }, [target, found, sourceId])

  if (!source)
    return (
      <div className="source-reader">
        <h1>No such source</h1>
        <p role="alert">
          There is no article called <code>{sourceId}</code> in this dataset. Pick one of the{' '}
          {dataset.sources.length} below.
        </p>
        <OtherSources current="" />
      </div>
    )

  return (
    <div className="source-reader">
      <div className="source-layout">
        <article aria-labelledby="source-title" className="source-article">
          <h1 id="source-title">{source.title}</h1>
          <dl className="source-meta">
            <dt>Outlet</dt>
            <dd>
              {source.outlet.name ?? 'not stated'}
              {source.outlet.name && source.outlet.inferred ? (
                <span className="inferred-tag"> inferred</span>
              ) : null}
              <small>{source.outlet.basis}</small>
            </dd>
            <dt>Published</dt>
            <dd>
              {formatDay(source.published.date)}
              {source.published.inferred ? <span className="inferred-tag"> inferred</span> : null}
              <small>{source.published.basis}</small>
            </dd>
          </dl>
          <ArticleText passages={passages} segments={segments} target={target} found={found} />
        </article>
        <div className="source-side">
          {tools}
          <PassageList sourceId={source.id} passages={passages} target={target} />
          <OtherSources current={source.id} />
        </div>
      </div>
    </div>
  )
}
