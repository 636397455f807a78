import type { Passage, Segment } from '../../dataset/select/source-passages'

/** A run of article text inside one paragraph; `citations` index the cited passages covering it. */
export interface Piece {
  start: number
  text: string
  citations: number[]
}

/**
 * Splits marked runs into paragraphs at every newline, so a quote crossing a paragraph break is
 * marked in both; joining each paragraph's pieces with "\n" rebuilds the article exactly.
 */
export function splitParagraphs(segments: Segment[]): Piece[][] {
  const paragraphs: Piece[][] = [[]]
  for (const seg of segments) {
    let offset = 0
    for (const [i, line] of seg.text.split('\n').entries()) {
      if (i > 0) {
        paragraphs.push([])
        offset += 1
      }
      if (line)
        paragraphs.at(-1)!.push({ start: seg.start + offset, text: line, citations: seg.citations })
      offset += line.length
    }
  }
  return paragraphs
}

/** The passage start offset a `#q-OFFSET` hash names, or null for any other hash. */
export function offsetFromHash(hash: string): number | null {
  const m = /^#?q-(\d{1,7})$/.exec(hash)
  return m ? Number(m[1]) : null
}

/** Indexes of the passages starting at `offset` (several quotes may share a start). */
export function targetPassages(passages: Passage[], offset: number | null): Set<number> {
  return new Set(passages.flatMap((p, i) => (p.start === offset ? [i] : [])))
}
