import type { Passage, Segment } from '../../../dataset/select/source-passages'
import { markRange, splitParagraphs, targetPassages, type Piece } from '../paragraphs'

/** One run of text: plain, a cited passage (quiet, or strong when followed), or the found sentence. */
function PieceText({
  piece,
  id,
  isTarget,
  found,
}: {
  piece: Piece
  id: string | undefined
  isTarget: boolean
  found: { start: number; end: number } | null
}) {
  if (piece.found) {
    const first = found && piece.start === found.start
    return (
      <mark
        id={first ? `t-${found.start}-${found.end}` : id}
        data-start={piece.start}
        tabIndex={first ? -1 : undefined}
        className="source-mark is-target"
        title="The sentence you searched for"
      >
        {piece.text}
      </mark>
    )
  }
  // data-start: the annotation tools turn a mouse selection into offsets in the article.
  if (piece.citations.length === 0)
    return (
      <span id={id} data-start={piece.start}>
        {piece.text}
      </span>
    )
  return (
    <mark
      id={id}
      data-start={piece.start}
      tabIndex={isTarget && id ? -1 : undefined}
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
}

/**
 * The article text exactly as stored, one paragraph per line, with every cited run marked; the
 * passage named by `target` (a start offset) or the range `found` (a search result) is marked
 * strongly, and the others are quiet while one is.
 */
export function ArticleText({
  passages,
  segments,
  target,
  found,
}: {
  passages: Passage[]
  segments: Segment[]
  target: number | null
  found: { start: number; end: number } | null
}) {
  const strong = targetPassages(passages, target)
  const starts = new Set(passages.map((p) => p.start))
  const anchored = new Set<number>()
  const followed = strong.size > 0 || found !== null
  return (
    <div className={followed ? 'source-text has-target' : 'source-text'}>
      {markRange(splitParagraphs(segments), found).map((pieces, i) =>
        pieces.length === 0 ? null : (
          <p key={i}>
            {pieces.map((piece) => {
              // The first mark of each passage carries its id, so `#q-OFFSET` links can land on it.
              const id =
                piece.citations.length > 0 && starts.has(piece.start) && !anchored.has(piece.start)
                  ? `q-${piece.start}`
                  : undefined
              if (id) anchored.add(piece.start)
              return (
                <PieceText
                  key={piece.start}
                  piece={piece}
                  id={id}
                  isTarget={piece.citations.some((c) => strong.has(c))}
                  found={found}
                />
              )
            })}
          </p>
        ),
      )}
    </div>
  )
}
