import { describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../test/dataset-fixture'
import { selectSourcePassages } from '../../dataset/select/source-passages'
import { offsetFromHash, splitParagraphs, targetPassages } from './paragraphs'

const d = loadRealDataset()
const rebuild = (paragraphs: { text: string }[][]) =>
  paragraphs.map((p) => p.map((x) => x.text).join('')).join('\n')

describe('splitParagraphs', () => {
  it('keeps every article byte for byte, with each piece at its true offset', () => {
    for (const source of d.sources) {
      const paragraphs = splitParagraphs(selectSourcePassages(d, source.id).segments)
      expect(rebuild(paragraphs)).toBe(source.text)
      expect(paragraphs.length).toBe(source.text.split('\n').length)
      for (const piece of paragraphs.flat())
        expect(source.text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text)
    }
  })

  it('splits a marked run that crosses a newline into two marked pieces', () => {
    const paragraphs = splitParagraphs([{ start: 0, text: 'ab\n\ncd', citations: [0] }])
    expect(paragraphs).toEqual([
      [{ start: 0, text: 'ab', citations: [0] }],
      [],
      [{ start: 4, text: 'cd', citations: [0] }],
    ])
  })
})

describe('passage hash', () => {
  it('reads #q-OFFSET and finds the passages starting there', () => {
    expect(offsetFromHash('#q-120')).toBe(120)
    expect(offsetFromHash('#top')).toBeNull()
    expect(offsetFromHash('')).toBeNull()
    const { passages } = selectSourcePassages(d, 'ft-hochstein-nov21')
    const first = passages[0]!
    expect([...targetPassages(passages, first.start)]).toContain(0)
    expect(targetPassages(passages, null).size).toBe(0)
  })
})
