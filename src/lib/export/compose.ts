import { citationLines, filterLine, sourceLine, type CaptionInfo } from './caption'
import type { ExportTheme } from './export-theme'
import { PRESETS, type PresetId } from './presets'
import { EXPORT_FONT, el, escapeXml, group, text, wrapText, type SvgFigure } from './svg-writer'

export interface ComposeOptions {
  preset: PresetId
  /** Title, filter line and source line around the figure. */
  caption: boolean
  /** Every cited article listed under the image (they are always in the metadata). */
  notes: boolean
  theme: ExportTheme
}

const PAD = 24
const TITLE_PX = 20
const LINE_PX = 12

/**
 * A standalone SVG of one view: caption above, the figure scaled to fit the preset (never up
 * past 2x, so a small view is not blown up to a blur of big type), the source line below, and
 * the full citations in `<metadata>`.
 */
export function composeSvg(figure: SvgFigure, info: CaptionInfo, o: ComposeOptions): ComposedSvg {
  const t = o.theme
  const preset = PRESETS[o.preset]
  const innerWidth = (preset.width ?? figure.width + 2 * PAD) - 2 * PAD
  const notes = o.notes
    ? citationLines(info).flatMap((line) => wrapText(line, LINE_PX - 1, innerWidth))
    : []
  const title = o.caption ? wrapText(info.title, TITLE_PX, innerWidth, true).slice(0, 2) : []
  const filter = o.caption ? wrapText(filterLine(info), LINE_PX, innerWidth) : []
  const headHeight = o.caption
    ? title.length * (TITLE_PX + 6) + filter.length * (LINE_PX + 4) + 8
    : 0
  const footHeight =
    (o.caption ? LINE_PX + 14 : 0) + (notes.length ? notes.length * (LINE_PX + 3) + 8 : 0)
  const room = {
    width: innerWidth,
    height:
      preset.height === null ? figure.height : preset.height - 2 * PAD - headHeight - footHeight,
  }
  const scale =
    preset.width === null
      ? 1
      : Math.min(
          2,
          room.width / Math.max(1, figure.width),
          room.height / Math.max(1, figure.height),
        )
  const width = preset.width ?? figure.width + 2 * PAD
  const height = preset.height ?? figure.height + 2 * PAD + headHeight + footHeight
  // Centred across the page; from the top, so the source line sits right under the figure.
  const figX = PAD + (room.width - figure.width * scale) / 2
  // On a page of fixed size the figure sits in the middle of the room left, and the source line
  // at the foot of the page, where a slide's source line goes.
  const spare = preset.height === null ? 0 : Math.max(0, room.height - figure.height * scale)
  const figY = PAD + headHeight + spare / 2
  const parts: string[] = [el('rect', { width, height, fill: t.bg })]
  let y = PAD
  for (const line of title) {
    parts.push(
      text(line, {
        x: PAD,
        y: y + TITLE_PX,
        'font-size': TITLE_PX,
        'font-weight': 700,
        fill: t.fg,
      }),
    )
    y += TITLE_PX + 6
  }
  for (const line of filter) {
    parts.push(text(line, { x: PAD, y: y + LINE_PX, 'font-size': LINE_PX, fill: t.fgSoft }))
    y += LINE_PX + 4
  }
  parts.push(
    el('g', { transform: `translate(${figX.toFixed(1)} ${figY}) scale(${+scale.toFixed(4)})` }, [
      figure.body,
    ]),
  )
  y = figY + figure.height * scale + spare / 2 + 8
  if (o.caption) {
    parts.push(el('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: t.border }))
    parts.push(
      text(sourceLine(info), {
        x: PAD,
        y: y + LINE_PX + 4,
        'font-size': LINE_PX - 1,
        fill: t.fgSoft,
      }),
    )
    y += LINE_PX + 14
  }
  if (notes.length) {
    const lines = notes.map((line, i) =>
      text(line, {
        x: 0,
        y: i * (LINE_PX + 3) + LINE_PX,
        'font-size': LINE_PX - 1,
        fill: t.fgSoft,
      }),
    )
    parts.push(group(PAD, y + 4, lines, { 'data-notes': 'citations' }))
  }
  const metadata = [info.title, filterLine(info), sourceLine(info), ...citationLines(info)].join(
    '\n',
  )
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(info.title)}</title>`,
    `<desc>${escapeXml(`${filterLine(info)}. ${sourceLine(info)}`)}</desc>`,
    `<metadata id="blueline-citations">${escapeXml(metadata)}</metadata>`,
    ...parts,
    '</svg>',
  ].join('')
  return { svg, width, height }
}

/** A finished image: the SVG document and its size in CSS pixels. */
export interface ComposedSvg {
  svg: string
  width: number
  height: number
}

/** The PNG's text chunks: the source line, and every citation with the filter. */
export function pngTexts(info: CaptionInfo): { source: string; citations: string } {
  return {
    source: sourceLine(info),
    citations: [info.title, filterLine(info), ...citationLines(info)].join('\n'),
  }
}
