import { useMemo } from 'react'
import type { Passage, Segment } from '../../../dataset/select/source-passages'
import { chunkAt, chunkParagraphs, estimatedHeightEm, type Chunk } from '../chunks'
import { markRange, splitParagraphs, targetPassages } from '../paragraphs'
import { ChunkText } from './chunk-text'
import { useDrawnChunks } from '../use-drawn-chunks'

/** A chunk not drawn yet: about as tall as its text will be, so the scroll bar and position hold. */
function PendingChunk({ chunk }: { chunk: Chunk }) {
  return <div className="source-chunk" style={{ minHeight: `${estimatedHeightEm(chunk)}em` }} />
}

/**
 * The article text exactly as stored, one paragraph per line, with every cited run marked; the
 * passage named by `target` (a start offset) or the range `found` (a search result) is marked
 * strongly, and the others are quiet while one is. A long article is drawn in chunks: the
 * opening one and the one holding the passage followed first, the rest just after.
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
  const strong = useMemo(() => targetPassages(passages, target), [passages, target])
  const starts = useMemo(() => new Set(passages.map((p) => p.start)), [passages])
  const followed = strong.size > 0 || found !== null
  const chunks = useMemo(
    () => chunkParagraphs(markRange(splitParagraphs(segments), found)),
    [segments, found],
  )
  const first = useMemo(() => {
    const at = found?.start ?? target
    const held = at === null ? -1 : chunkAt(chunks, at)
    return held > 0 ? [0, held] : [0]
  }, [chunks, found, target])
  const { isDrawn, done } = useDrawnChunks(chunks, first)
  return (
    <div className={followed ? 'source-text has-target' : 'source-text'} aria-busy={!done}>
      {done ? null : (
        <p role="status" className="source-drawing">
          Drawing the rest of this long article; find-in-page reaches all of it in a moment.
        </p>
      )}
      {chunks.map((chunk, n) =>
        isDrawn(n) ? (
          <ChunkText
            key={chunk.start}
            chunk={chunk}
            starts={starts}
            strong={strong}
            found={found}
          />
        ) : (
          <PendingChunk key={chunk.start} chunk={chunk} />
        ),
      )}
    </div>
  )
}
