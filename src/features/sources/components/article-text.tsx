import type { Passage, Segment } from '../../../dataset/select/source-passages'
import { splitParagraphs, targetPassages } from '../paragraphs'

/**
 * The article text exactly as stored, one paragraph per line, with every cited run marked; the
 * passage named by `target` (a start offset) is marked strongly.
 */
export function ArticleText({
  passages,
  segments,
  target,
}: {
  passages: Passage[]
  segments: Segment[]
  target: number | null
}) {
  const strong = targetPassages(passages, target)
  const starts = new Set(passages.map((p) => p.start))
  const anchored = new Set<number>()
  return (
    <div className="source-text">
      {splitParagraphs(segments).map((pieces, i) =>
        pieces.length === 0 ? null : (
          <p key={i}>
            {pieces.map((piece) => {
              // data-start: the annotation tools turn a mouse selection into offsets in the article.
              if (piece.citations.length === 0)
                return (
                  <span key={piece.start} data-start={piece.start}>
                    {piece.text}
                  </span>
                )
              // The first mark of each passage carries its id, so `#q-OFFSET` links can land on it.
              const id =
                starts.has(piece.start) && !anchored.has(piece.start)
                  ? `q-${piece.start}`
                  : undefined
              if (id) anchored.add(piece.start)
              const isTarget = piece.citations.some((c) => strong.has(c))
              return (
                <mark
                  key={piece.start}
                  id={id}
                  data-start={piece.start}
                  className={isTarget ? 'source-mark is-target' : 'source-mark'}
                  title={
                    isTarget
                      ? 'The passage you followed'
                      : `Cited by ${piece.citations.length === 1 ? 'one passage' : `${piece.citations.length} passages`}`
                  }
                >
                  {piece.text}
                </mark>
              )
            })}
          </p>
        ),
      )}
    </div>
  )
}
