import { memo } from 'react'
import { estimatedHeightEm, type Chunk } from '../chunks'
import type { Piece } from '../paragraphs'

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
 * One drawn chunk of the article. memo: while the rest of a long article is drawn, each step
 * re-renders the article, and the chunks already drawn must not be made again (their props hold).
 */
export const ChunkText = memo(function ChunkText({
  chunk,
  starts,
  strong,
  found,
}: {
  chunk: Chunk
  /** Where cited passages start: the first mark of each carries its id, for `#q-OFFSET` links. */
  starts: ReadonlySet<number>
  /** The passages followed (indexes into the passage list). */
  strong: ReadonlySet<number>
  found: { start: number; end: number } | null
}) {
  return (
    <div
      className="source-chunk"
      // Laid out only near the screen (see sources.css); elsewhere it holds about its own height.
      style={{ containIntrinsicSize: `auto ${estimatedHeightEm(chunk)}em` }}
    >
      {chunk.parts.map((part) => (
        <p key={part.pieces[0]!.start} className={part.continued ? 'source-continued' : undefined}>
          {part.pieces.map((piece) => (
            <PieceText
              key={piece.start}
              piece={piece}
              id={
                piece.citations.length > 0 && starts.has(piece.start)
                  ? `q-${piece.start}`
                  : undefined
              }
              isTarget={piece.citations.some((c) => strong.has(c))}
              found={found}
            />
          ))}
        </p>
      ))}
    </div>
  )
})
