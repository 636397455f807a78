import { describe, expect, it } from 'vitest'
import type { CaptionInfo } from './caption'
import { composeSvg } from './compose'
import { exportTheme } from './export-theme'
import { internationalTextChunk, readTextChunks, textChunk, withChunks } from './png-text'
import { parseSvgStrict } from './svg-test-utils'
import { el, escapeXml, text, wrapText } from './svg-writer'

const info: CaptionInfo = {
  title: 'Casualty figures',
  from: '2024-10-30',
  to: '2024-11-21',
  focus: [],
  selection: null,
  datasetVersion: 'abcdef123456',
  importedFrom: null,
  dataset: 'Blueline dataset: the built-in dataset, content SHA-256 abcdef123456',
  sources: [
    {
      title: 'A “quoted” <title> & more',
      outlet: 'Outlet',
      published: '2024-10-31',
      inferred: false,
    },
  ],
}
const figure = {
  width: 400,
  height: 200,
  body: el('rect', { width: 400, height: 200, fill: '#eee' }),
}
const light = exportTheme('light')

describe('composeSvg', () => {
  it('writes well-formed SVG with the caption as text and the citations in metadata', () => {
    const { svg } = composeSvg(figure, info, {
      preset: 'screen',
      caption: true,
      notes: false,
      theme: light,
    })
    const parsed = parseSvgStrict(svg)
    expect(parsed.root.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(parsed.root['font-family']).toContain('sans-serif')
    expect(parsed.elements).not.toContain('foreignObject')
    expect(parsed.texts).toContain('Casualty figures')
    expect(parsed.texts).toContain('Sources: 1 article, 31 Oct 2024 · Blueline dataset abcdef1')
    expect(parsed.metadata).toContain('1. “A “quoted” <title> & more” (Outlet, 31 Oct 2024)')
    // One line of sources by default: the full citation is only in the metadata.
    expect(parsed.texts.join('\n')).not.toContain('A “quoted”')
  })

  it('lists the citations under the image when asked', () => {
    const { svg } = composeSvg(figure, info, {
      preset: 'screen',
      caption: true,
      notes: true,
      theme: light,
    })
    expect(parseSvgStrict(svg).texts.join('\n')).toContain('1. “A “quoted” <title> & more”')
  })

  it('makes a preset page of exactly its size, the figure scaled into it', () => {
    const wide = composeSvg(figure, info, {
      preset: '16:9',
      caption: true,
      notes: false,
      theme: light,
    })
    expect([wide.width, wide.height]).toEqual([1280, 720])
    expect(parseSvgStrict(wide.svg).root.viewBox).toBe('0 0 1280 720')
    const a4 = composeSvg(figure, info, {
      preset: 'a4',
      caption: false,
      notes: false,
      theme: light,
    })
    expect(a4.width / a4.height).toBeCloseTo(210 / 297, 2)
  })

  it('sizes "as on screen" to the figure plus its margins and caption', () => {
    const bare = composeSvg(figure, info, {
      preset: 'screen',
      caption: false,
      notes: false,
      theme: light,
    })
    expect([bare.width, bare.height]).toEqual([448, 248])
  })
})

describe('svg writer', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b & "c"\u0007')).toBe('a&lt;b &amp; &quot;c&quot;')
    expect(() => parseSvgStrict(`<svg>${text('<&>\u0001', { x: 1 })}</svg>`)).not.toThrow()
  })
  it('wraps words to a width and keeps every word', () => {
    const lines = wrapText('one two three four five six seven', 12, 60)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe('one two three four five six seven')
  })
})

describe('PNG text chunks', () => {
  it('round-trip Latin-1 and UTF-8 text, inserted before IEND', () => {
    // The smallest PNG: signature, IHDR, IDAT, IEND (contents do not matter to the chunk walk).
    const iend = [0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82]
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...iend])
    const tagged = withChunks(png, [
      textChunk('Source', 'Sources: 3 articles'),
      internationalTextChunk('Description', '“Hochstein” نبيه بري'),
    ])
    expect(readTextChunks(tagged)).toEqual({
      Source: 'Sources: 3 articles',
      Description: '“Hochstein” نبيه بري',
    })
    expect([...tagged.subarray(-12)]).toEqual(iend)
  })
})
