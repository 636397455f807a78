/**
 * A small string builder for standalone SVG: escaped text and attributes, nothing else. Export
 * images are written as markup, not rendered through the DOM, so they are the same in a worker,
 * a unit test and the browser, and cost a string join rather than a layout.
 */

/** The font stack every exported `<text>` declares (the app's own, with common fallbacks). */
export const EXPORT_FONT = "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"

export type Attrs = Record<string, string | number | null | undefined | false>

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

// XML 1.0 forbids most C0 control characters even as references; an article may hold one.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, ''))

function attrText(attrs: Attrs): string {
  let out = ''
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`
  }
  return out
}

/** An element with already-written children (self-closing when there are none). */
export function el(tag: string, attrs: Attrs = {}, children: readonly string[] = []): string {
  const open = `<${tag}${attrText(attrs)}`
  return children.length ? `${open}>${children.join('')}</${tag}>` : `${open}/>`
}

/** A `<text>` element holding `content` as text. */
export function text(content: string, attrs: Attrs): string {
  return `<text${attrText(attrs)}>${escapeXml(content)}</text>`
}

/** A group moved by (x, y). */
export function group(x: number, y: number, children: readonly string[], attrs: Attrs = {}) {
  return el('g', { transform: `translate(${num(x)} ${num(y)})`, ...attrs }, children)
}

/** A finished figure: its markup drawn from (0, 0) and the size it covers. */
export interface SvgFigure {
  width: number
  height: number
  body: string
}

/** Average advance of a character at `fontPx`, as a share of the size: generous, so text never overruns. */
const CHAR_EM = 0.56

/** A width for `s` at `fontPx` without a layout engine: enough to keep labels apart and wrap lines. */
export function textWidth(s: string, fontPx: number, bold = false): number {
  return s.length * fontPx * CHAR_EM * (bold ? 1.08 : 1)
}

/** Greedy word wrap to `width` pixels; a word longer than a line gets a line of its own. */
export function wrapText(s: string, fontPx: number, width: number, bold = false): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && textWidth(next, fontPx, bold) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** `s` cut with an ellipsis to fit `width` pixels. */
export function clipText(s: string, fontPx: number, width: number, bold = false): string {
  if (textWidth(s, fontPx, bold) <= width) return s
  const chars = Math.max(1, Math.floor(width / (fontPx * CHAR_EM * (bold ? 1.08 : 1))) - 1)
  return `${s.slice(0, chars).trimEnd()}…`
}

/** Mixes `colour` (#rrggbb) into `base` by `share` (0..1): the matrix's tinted cells, flat for any viewer. */
export function mix(colour: string, share: number, base = '#ffffff'): string {
  const key = `${colour}|${share}|${base}`
  let hit = mixed.get(key)
  if (hit === undefined) mixed.set(key, (hit = mixNow(colour, share, base)))
  return hit
}

const mixed = new Map<string, string>()

function mixNow(colour: string, share: number, base: string): string {
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
  const [a, b] = [rgb(colour), rgb(base)]
  return `#${a
    .map((v, i) => Math.round(v * share + b[i]! * (1 - share)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`
}
