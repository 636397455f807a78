import { composeSvg, pngTexts, type ComposedSvg } from '../../lib/export/compose'
import { exportTheme } from '../../lib/export/export-theme'
import type { PresetId } from '../../lib/export/presets'
import { svgToPng } from '../../lib/export/rasterize'
import type { BriefView } from './brief-content'

/** A view's image for the brief: its figure, light, without a caption (the page or slide carries it). */
export function briefSvg(view: BriefView, preset: PresetId = 'screen'): ComposedSvg {
  const theme = exportTheme('light')
  const figure = view.data.figure!(theme)
  return composeSvg(figure, view.info, { preset, caption: false, notes: false, theme })
}

/** The same image as a 2x PNG, for Office files (PowerPoint and Word get the SVG too where they take it). */
export async function briefPng(view: BriefView, preset: PresetId) {
  const svg = briefSvg(view, preset)
  const blob = await svgToPng(svg.svg, svg, 2, pngTexts(view.info))
  return { svg, png: new Uint8Array(await blob.arrayBuffer()) }
}
