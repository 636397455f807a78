import { actorColour } from '../../lib/palette'
import type { GraphPaint } from './graph-paint'
import { FONT_FAMILY } from './graph-style'
import type { SvgTheme } from './use-svg-theme'
import { BOX, type Viewport } from './zoom'

/** What one canvas frame shows: the paint lists, plus the view and device they are drawn for. */
export interface CanvasFrame {
  paint: GraphPaint
  theme: SvgTheme
  view: Viewport
  /** CSS width of the canvas; its height follows the layout box's aspect ratio. */
  widthPx: number
  dpr: number
}

/**
 * Paints the graph as the SVG would: background, edges in batches of one style each, nodes with
 * their rims and rings, then the chosen labels with a halo. Layout units throughout.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, f: CanvasFrame): void {
  const { paint, theme, view } = f
  const s = (f.widthPx * f.dpr) / BOX.width
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.globalAlpha = 1
  ctx.fillStyle = theme.halo
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  ctx.setTransform(s * view.k, 0, 0, s * view.k, s * view.x, s * view.y)

  for (const batch of paint.edges) {
    ctx.globalAlpha = batch.alpha
    ctx.strokeStyle = batch.colour
    ctx.lineWidth = batch.width
    ctx.setLineDash(batch.dash)
    ctx.lineCap = batch.cap
    ctx.beginPath()
    const c = batch.coords
    for (let i = 0; i < c.length; i += 4) {
      ctx.moveTo(c[i]!, c[i + 1]!)
      ctx.lineTo(c[i + 2]!, c[i + 3]!)
    }
    ctx.stroke()
  }
  ctx.setLineDash([])

  for (const n of paint.nodes) {
    ctx.globalAlpha = n.alpha
    if (n.ring) {
      ctx.beginPath()
      ctx.arc(n.x, n.y, n.r + 4 * paint.unit, 0, 2 * Math.PI)
      ctx.strokeStyle = theme.select
      ctx.lineWidth = 3 * paint.unit
      ctx.stroke()
    }
    ctx.beginPath()
    if (n.body) ctx.roundRect(n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r, 3 * paint.unit)
    else ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI)
    ctx.fillStyle = actorColour(n.actor)
    ctx.fill()
    ctx.strokeStyle = n.focused ? theme.text : theme.nodeRim
    ctx.lineWidth = (n.focused ? 3.5 : 1.5) * paint.unit
    ctx.stroke()
  }

  ctx.lineJoin = 'round'
  ctx.lineWidth = 4 * paint.unit
  ctx.strokeStyle = theme.halo
  ctx.fillStyle = theme.text
  for (const l of paint.labels) {
    ctx.globalAlpha = l.alpha
    ctx.font = `${l.bold ? 700 : 400} ${12 * paint.unit}px ${FONT_FAMILY}`
    ctx.textAlign = l.align
    ctx.strokeText(l.text, l.x, l.y)
    ctx.fillText(l.text, l.x, l.y)
  }
  ctx.globalAlpha = 1
}
