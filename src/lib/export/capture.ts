import { captionLines, type CaptionInfo } from './caption'

export type ImageFormat = 'png' | 'svg'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Forces the light theme on the page while `work` runs, so exports look the same for everyone. */
async function withTheme<T>(theme: 'light' | 'screen', work: () => Promise<T>): Promise<T> {
  const root = document.documentElement
  const previous = root.dataset.theme
  if (theme === 'light') root.dataset.theme = 'light'
  try {
    // Two frames: one for React to re-render theme-dependent SVG colours, one for layout.
    await nextFrame()
    await nextFrame()
    return await work()
  } finally {
    if (previous === undefined) delete root.dataset.theme
    else root.dataset.theme = previous
  }
}

function captionBand(info: CaptionInfo): HTMLElement {
  const band = document.createElement('div')
  band.className = 'export-caption'
  const title = document.createElement('p')
  title.className = 'export-caption-title'
  title.textContent = info.title
  band.append(
    title,
    ...captionLines(info).map((line) =>
      Object.assign(document.createElement('p'), { textContent: line }),
    ),
  )
  return band
}

/**
 * Renders a view to PNG (2x) or SVG off screen: a full-size copy of `node` (nothing clipped by
 * scrolling), controls marked `data-export-skip` removed, and an optional caption band above.
 */
export async function captureView(
  node: HTMLElement,
  info: CaptionInfo,
  options: { format: ImageFormat; caption: boolean; theme: 'light' | 'screen' },
): Promise<string> {
  return withTheme(options.theme, async () => {
    const stage = document.createElement('div')
    stage.className = 'export-stage'
    const copy = node.cloneNode(true) as HTMLElement
    // cloneNode keeps a canvas's size but not its pixels: copy them (a view may repaint its copy
    // sharper when it is added to the page; this is the floor that never leaves a blank graph).
    const sources = node.querySelectorAll('canvas')
    copy.querySelectorAll('canvas').forEach((c, i) => {
      const from = sources[i]
      if (from && from.width > 0 && from.height > 0) c.getContext('2d')?.drawImage(from, 0, 0)
    })
    copy.querySelectorAll('[data-export-skip]').forEach((el) => el.remove())
    // Inner scrollers (a large matrix) would clip the copy at their scroll origin: open them up.
    copy.querySelectorAll<HTMLElement>('[data-export-unclip]').forEach((el) => {
      el.style.overflow = 'visible'
      el.style.maxHeight = 'none'
    })
    copy.style.overflow = 'visible'
    copy.style.width = `${Math.max(node.scrollWidth, node.clientWidth)}px`
    // The caption wraps to the view's width; unset, the off-screen stage offers it ~100,000 px and a
    // long caption line (hundreds of sources in a large dataset) made an image 97 times wider than tall.
    stage.style.width = copy.style.width
    stage.append(...(options.caption ? [captionBand(info)] : []), copy)
    document.body.append(stage)
    try {
      await document.fonts.ready
      // The stage sits off screen; its copy inside the image must not.
      const size = {
        width: stage.scrollWidth,
        height: stage.scrollHeight,
        style: { position: 'static', left: '0', top: '0' },
      }
      const background = getComputedStyle(document.body).backgroundColor
      // Loaded on first export only: most visits never export, so it stays out of the first load.
      const { toPng, toSvg } = await import('html-to-image')
      return options.format === 'png'
        ? await toPng(stage, { ...size, pixelRatio: 2, backgroundColor: background })
        : await toSvg(stage, { ...size, backgroundColor: background })
    } finally {
      stage.remove()
    }
  })
}

/** Saves a data URL or text as a file through a temporary link. */
export function download(fileName: string, content: string, mime?: string): void {
  const href = mime ? URL.createObjectURL(new Blob([content], { type: mime })) : content
  const a = Object.assign(document.createElement('a'), { href, download: fileName })
  document.body.append(a)
  a.click()
  a.remove()
  if (mime) setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
