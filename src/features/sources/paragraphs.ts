import type { Passage, Segment } from '../../dataset/select/source-passages'

/** A run of article text inside one paragraph; `citations` index the cited passages covering it. */
export interface Piece {
  start: number
  text: string
  citations: number[]
  /** Inside the text range a `#t-START-END` hash names (a search result's sentence). */
  found?: boolean
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

/** The text range a `#t-START-END` hash names (a sentence a search found), or null. */
export function rangeFromHash(hash: string): { start: number; end: number } | null {
  const m = /^#?t-(\d{1,7})-(\d{1,7})$/.exec(hash)
  if (!m) return null
  const [start, end] = [Number(m[1]), Number(m[2])]
  return end > start ? { start, end } : null
}

/** Cuts each paragraph's pieces at the range's edges and marks the pieces inside it `found`. */
export function markRange(
  paragraphs: Piece[][],
  range: { start: number; end: number } | null,
): Piece[][] {
  if (!range) return paragraphs
  return paragraphs.map((pieces) =>
    pieces.flatMap((p) => {
      const end = p.start + p.text.length
      if (end <= range.start || p.start >= range.end) return [p]
      const cuts = [p.start, Math.max(p.start, range.start), Math.min(end, range.end), end]
      const out: Piece[] = []
      for (let i = 0; i < 3; i++) {
        const [a, b] = [cuts[i]!, cuts[i + 1]!]
        if (b > a)
          out.push({
            ...p,
            start: a,
            text: p.text.slice(a - p.start, b - p.start),
            found: i === 1,
          })
      }
      return out
    }),
  )
}
