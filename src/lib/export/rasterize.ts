import { internationalTextChunk, textChunk, withChunks } from './png-text'

/**
 * Chromium's canvas gives up beyond about 16k pixels a side or 268M pixels in all; well before
 * that, drawing and encoding one takes seconds on the main thread (a 36M-pixel x100 matrix: 2-4 s
 * each under load, docs/perf-log.md). 12M pixels holds every preset at 3x (an A4 page at 3x is
 * 8M, about 290 dpi), so only an "as on screen" image of a very large view gets a lower density.
 */
const MAX_SIDE = 16_000
const MAX_AREA = 12_000_000

/** The density actually used: `scale`, lowered for an image too large for a canvas. */
function safeScale(width: number, height: number, scale: number): number {
  const bySide = MAX_SIDE / Math.max(width, height)
  const byArea = Math.sqrt(MAX_AREA / Math.max(1, width * height))
  return Math.min(scale, bySide, byArea)
}

/**
 * A PNG of an SVG document drawn onto a canvas at `scale`, with the source line and the full
 * citations written into its text chunks. One decode and one draw: no DOM is cloned or styled.
 */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  scale: number,
  texts: { source: string; citations: string },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const s = safeScale(size.width, size.height, scale)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(size.width * s)
    canvas.height = Math.round(size.height * s)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('this browser cannot draw an image (no 2D canvas)')
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('the image is too large for this browser to encode')
    const png = new Uint8Array(await blob.arrayBuffer())
    const tagged = withChunks(png, [
      textChunk('Source', texts.source),
      internationalTextChunk('Description', texts.citations),
    ])
    return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' })
  } finally {
    URL.revokeObjectURL(url)
  }
}
