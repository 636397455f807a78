import { SaxesParser } from 'saxes'

/** What a strict XML parse saw of an SVG: element names in order and all the text inside `<text>`. */
export interface ParsedSvg {
  elements: string[]
  texts: string[]
  metadata: string
  root: Record<string, string>
}

/** Parses `svg` with a conforming XML parser (saxes), throwing on the first well-formedness error. */
export function parseSvgStrict(svg: string): ParsedSvg {
  const parser = new SaxesParser({ xmlns: true })
  const out: ParsedSvg = { elements: [], texts: [], metadata: '', root: {} }
  const open: string[] = []
  parser.on('error', (e) => {
    throw e
  })
  parser.on('opentag', (tag) => {
    if (open.length === 0)
      out.root = Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value]))
    out.elements.push(tag.local)
    open.push(tag.local)
    if (tag.local === 'text') out.texts.push('')
  })
  parser.on('closetag', () => void open.pop())
  parser.on('text', (t) => {
    if (open.at(-1) === 'text') out.texts[out.texts.length - 1] += t
    if (open.at(-1) === 'metadata') out.metadata += t
  })
  parser.write(svg).close()
  return out
}
