import type { Piece } from './paragraphs'

/**
 * About this many characters of article are drawn per piece of work: a few screens. A 5 MB
 * article drawn at once kept the page busy for 10-46 s with layout (issue 17, defect 8).
 */
const CHUNK_CHARS = 20_000

/** A paragraph, or a part of one too long for a chunk (`continued`: it goes on from the previous part). */
interface ParagraphPart {
  pieces: Piece[]
  continued: boolean
}

/** A run of whole paragraphs (or parts) drawn together; `start`/`end` are article offsets. */
export interface Chunk {
  parts: ParagraphPart[]
  start: number
  end: number
  chars: number
}

const length = (pieces: Piece[]) => pieces.reduce((n, p) => n + p.text.length, 0)

/** Cuts a piece at `at` characters in, moved back to just after a space when one is near. */
function cutPiece(p: Piece, at: number): [Piece, Piece] {
  const space = p.text.lastIndexOf(' ', at)
  const cut = space > at / 2 ? space + 1 : at
  return [
    { ...p, text: p.text.slice(0, cut) },
    { ...p, start: p.start + cut, text: p.text.slice(cut) },
  ]
}

/** Splits one paragraph into parts of at most `budget` characters; most paragraphs stay whole. */
function splitParagraph(pieces: Piece[], budget: number): ParagraphPart[] {
  if (length(pieces) <= budget) return [{ pieces, continued: false }]
  const parts: ParagraphPart[] = []
  let current: Piece[] = []
  let room = budget
  const queue = [...pieces]
  while (queue.length) {
    const p = queue.shift()!
    if (p.text.length <= room) {
      current.push(p)
      room -= p.text.length
      continue
    }
    if (room > 0) {
      const [head, tail] = cutPiece(p, room)
      current.push(head)
      queue.unshift(tail)
    } else queue.unshift(p)
    parts.push({ pieces: current, continued: parts.length > 0 })
    current = []
    room = budget
  }
  if (current.length) parts.push({ pieces: current, continued: parts.length > 0 })
  return parts
}

/** Groups paragraphs into chunks of about `budget` characters, in article order. */
export function chunkParagraphs(paragraphs: Piece[][], budget = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = []
  let open: Chunk | null = null
  for (const pieces of paragraphs) {
    if (pieces.length === 0) continue
    for (const part of splitParagraph(pieces, budget)) {
      const chars = length(part.pieces)
      const start = part.pieces[0]!.start
      const last = part.pieces.at(-1)!
      if (!open || open.chars + chars > budget) {
        open = { parts: [], start, end: start, chars: 0 }
        chunks.push(open)
      }
      open.parts.push(part)
      open.chars += chars
      open.end = last.start + last.text.length
    }
  }
  return chunks
}

/** The index of the chunk holding article offset `offset`, or -1. */
export const chunkAt = (chunks: readonly Chunk[], offset: number) =>
  chunks.findIndex((c) => offset >= c.start && offset < c.end)

/** About how tall a chunk's text is, in em: a stand-in until it is drawn or while it is off screen. */
export const estimatedHeightEm = (chunk: Chunk) =>
  (Math.ceil(chunk.chars / 80) + chunk.parts.length * 0.5) * 1.6
