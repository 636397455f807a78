import { describe, expect, it } from 'vitest'
import { chunkAt, chunkParagraphs } from './chunks'
import type { Piece } from './paragraphs'

const piece = (start: number, text: string, citations: number[] = []): Piece => ({
  start,
  text,
  citations,
})
/** The article text a list of chunks draws, paragraphs joined by newlines as stored. */
const textOf = (chunks: ReturnType<typeof chunkParagraphs>) =>
  chunks
    .flatMap((c) => c.parts)
    .map((part) => (part.continued ? '' : '\n') + part.pieces.map((p) => p.text).join(''))
    .join('')
    .slice(1)

describe('chunkParagraphs', () => {
  it('packs whole paragraphs into chunks within the budget and loses no text', () => {
    const paragraphs = [
      [piece(0, 'aaaa')],
      [piece(5, 'bb'), piece(7, 'cc', [0])],
      [piece(10, 'ddd')],
    ]
    const chunks = chunkParagraphs(paragraphs, 8)
    expect(chunks.map((c) => [c.start, c.end, c.chars])).toEqual([
      [0, 9, 8],
      [10, 13, 3],
    ])
    expect(textOf(chunks)).toBe('aaaa\nbbcc\nddd')
    expect(chunkAt(chunks, 7)).toBe(0)
    expect(chunkAt(chunks, 11)).toBe(1)
  })

  it('cuts a paragraph longer than the budget after a space, keeping offsets and citations', () => {
    const text = 'one two three four five six seven'
    const chunks = chunkParagraphs([[piece(100, text, [3])]], 10)
    expect(chunks.length).toBeGreaterThan(2)
    expect(textOf(chunks)).toBe(text)
    for (const c of chunks)
      for (const part of c.parts)
        for (const p of part.pieces) {
          expect(p.text).toBe(text.slice(p.start - 100, p.start - 100 + p.text.length))
          expect(p.citations).toEqual([3])
        }
    expect(chunks[1]!.parts[0]!.continued).toBe(true)
    expect(chunks[0]!.parts[0]!.pieces[0]!.text).toBe('one two ')
  })
})
