import type { Brief } from '../../lib/brief/brief-store'
import { citation, filterLine, sourceLine } from '../../lib/export/caption'
import { formatDay } from '../../lib/dates'
import type { BriefContent } from './brief-content'
import { howKnown } from './brief-content'
import { briefPng } from './brief-images'

export interface BriefMeta {
  title: string
  range: string
  /** "Blueline dataset 0eddd5f" */
  dataset: string
  /** The dataset's version, for source lines. */
  version: string
}

const judgmentLines = (brief: Brief) =>
  brief.judgments
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean)

const base64 = (bytes: Uint8Array) => {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

const noteText = (c: BriefContent, numbers: number[]) =>
  numbers
    .map((n) => c.sources.find((s) => s.number === n))
    .filter((s) => s !== undefined)
    .map((s) => `[${s.number}] ${citation(s)}`)
    .join('\n')

/**
 * A 16:9 PowerPoint deck: a title slide with the key judgments, one slide per pinned selection
 * (its quotes, footnoted) and per view (the image), each with its source line and citations in
 * the speaker notes, and a numbered source list. pptxgenjs is loaded only when asked for.
 */
export async function briefPptx(brief: Brief, c: BriefContent, meta: BriefMeta): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pres = new PptxGenJS()
  pres.layout = 'LAYOUT_16x9'
  pres.title = meta.title
  const font = 'Arial'
  const head = (slide: ReturnType<typeof pres.addSlide>, text: string) =>
    slide.addText(text, {
      x: 0.4,
      y: 0.25,
      w: 9.2,
      h: 0.6,
      fontSize: 24,
      bold: true,
      fontFace: font,
    })
  const title = pres.addSlide()
  title.addText(meta.title, {
    x: 0.4,
    y: 0.4,
    w: 9.2,
    h: 0.9,
    fontSize: 30,
    bold: true,
    fontFace: font,
  })
  // The short name fits one line under the title; the full dataset line is in the notes.
  title.addText(`${meta.range} · Blueline dataset ${meta.version.slice(0, 7)}`, {
    x: 0.4,
    y: 1.25,
    w: 9.2,
    h: 0.4,
    fontSize: 14,
    color: '4A5263',
    fontFace: font,
  })
  const lines = judgmentLines(brief)
  if (lines.length)
    title.addText(
      [
        { text: 'Key judgments', options: { bold: true, breakLine: true } },
        ...lines.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })),
      ],
      { x: 0.4, y: 1.8, w: 9.2, h: 3.4, fontSize: 16, valign: 'top', fontFace: font },
    )
  const everything = sourceLine({ sources: c.sources, datasetVersion: meta.version })
  title.addNotes(
    `${everything}\n${meta.dataset}\n${noteText(
      c,
      c.sources.map((x) => x.number),
    )}`,
  )
  for (const p of c.pins) {
    const slide = pres.addSlide()
    head(slide, p.title)
    slide.addText(
      p.quotes.length
        ? p.quotes.map((q) => ({
            text: `“${q.quote.replace(/^[“"]|[”"]$/g, '')}” [${q.note}]`,
            options: { breakLine: true, paraSpaceAfter: 8 },
          }))
        : [
            {
              text: p.missing
                ? 'This selection is not in the dataset.'
                : 'No quote in the pinned range.',
            },
          ],
      { x: 0.4, y: 1.0, w: 9.2, h: 4.2, fontSize: 14, valign: 'top', fontFace: font },
    )
    slide.addText(`Pinned ${formatDay(p.pin.from)} – ${formatDay(p.pin.to)}`, {
      x: 0.4,
      y: 5.15,
      w: 9.2,
      h: 0.3,
      fontSize: 10,
      color: '4A5263',
      fontFace: font,
    })
    const notes = [...new Set(p.quotes.map((q) => q.note))].sort((a, b) => a - b)
    const sources = c.sources.filter((s) => notes.includes(s.number))
    slide.addNotes(
      `${sourceLine({ sources, datasetVersion: meta.version })}\n${noteText(c, notes)}`,
    )
  }
  for (const v of c.views) {
    if (!v.data.figure) continue
    const slide = pres.addSlide()
    head(slide, v.title)
    const { svg, png } = await briefPng(v, '16:9')
    // The image fills the slide under the title, keeping its 16:9 shape.
    const [w, h] = [9.2 * 0.78, (9.2 * 0.78 * svg.height) / svg.width]
    slide.addImage({
      data: `image/png;base64,${base64(png)}`,
      x: (10 - w) / 2,
      y: 0.85,
      w,
      h,
      altText: `${v.title}, ${filterLine(v.info)}`,
    })
    slide.addText(sourceLine(v.info), {
      x: 0.4,
      y: 5.2,
      w: 9.2,
      h: 0.3,
      fontSize: 10,
      color: '4A5263',
      fontFace: font,
    })
    slide.addNotes(`${sourceLine(v.info)}\n${filterLine(v.info)}\n${noteText(c, v.notes)}`)
  }
  const list = pres.addSlide()
  head(list, 'Sources')
  list.addText(
    c.sources.map((s) => ({
      text: `[${s.number}] ${citation(s)}`,
      options: { breakLine: true, paraSpaceAfter: 4 },
    })),
    { x: 0.4, y: 1.0, w: 9.2, h: 4.4, fontSize: 11, valign: 'top', fontFace: font },
  )
  list.addNotes(everything)
  return (await pres.write({ outputType: 'blob' })) as Blob
}

/**
 * A Word document: title, key judgments, each pinned selection with its quotes footnoted, each
 * view as an image (SVG with a PNG fallback) captioned with its source line, and the numbered
 * source list with how each article's outlet and date are known. docx is loaded only when asked for.
 */
export async function briefDocx(brief: Brief, c: BriefContent, meta: BriefMeta): Promise<Blob> {
  const { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = await import('docx')
  const children = [
    new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: `${meta.range} · ${meta.dataset}`, color: '4A5263' })],
    }),
  ]
  const lines = judgmentLines(brief)
  if (lines.length) {
    children.push(new Paragraph({ text: 'Key judgments', heading: HeadingLevel.HEADING_1 }))
    for (const l of lines) children.push(new Paragraph({ text: l, bullet: { level: 0 } }))
  }
  for (const p of c.pins) {
    children.push(new Paragraph({ text: p.title, heading: HeadingLevel.HEADING_1 }))
    for (const q of p.quotes)
      children.push(
        new Paragraph({
          indent: { left: 400 },
          children: [
            new TextRun({ text: `“${q.quote.replace(/^[“"]|[”"]$/g, '')}”`, italics: true }),
            new TextRun({ text: `[${q.note}]`, superScript: true }),
          ],
        }),
      )
  }
  for (const v of c.views) {
    if (!v.data.figure) continue
    const { svg, png } = await briefPng(v, 'screen')
    const width = 620
    const height = Math.round((width * svg.height) / svg.width)
    children.push(new Paragraph({ text: v.title, heading: HeadingLevel.HEADING_1 }))
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(svg.svg),
            fallback: { type: 'png', data: png },
            transformation: { width, height },
            altText: { name: v.title, description: filterLine(v.info), title: v.title },
          }),
        ],
      }),
    )
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `${sourceLine(v.info)} · notes ${v.notes.map((n) => `[${n}]`).join('')}`,
            size: 18,
            color: '4A5263',
          }),
        ],
      }),
    )
  }
  children.push(new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }))
  for (const s of c.sources)
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `[${s.number}] ${s.title}. `, bold: true }),
          new TextRun({
            text: `${s.outlet ?? 'Outlet not stated'}, ${formatDay(s.published)}. ${howKnown(s)}.`,
          }),
        ],
      }),
    )
  // Word's own default is Times with no space between paragraphs: a wall of serif text.
  const doc = new Document({
    title: meta.title,
    creator: 'Blueline',
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 21 },
          paragraph: { spacing: { after: 100 } },
        },
      },
    },
    sections: [{ children }],
  })
  return Packer.toBlob(doc)
}
