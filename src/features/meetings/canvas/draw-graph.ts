import { actorColour } from '../../../components/palette'
import type { EdgeBatch, GraphPaint, NodePaint } from './graph-paint'
import { FONT_FAMILY } from '../scene/graph-style'
import type { Theme } from '../../../lib/theme'
import { BOX, type Viewport } from '../scene/zoom'

/** Batches of more edges than this may be drawn as hairlines. */
const HAIRLINE_BATCH = 500

/** What one canvas frame shows: the paint lists, plus the view and device they are drawn for. */
export interface CanvasFrame {
  paint: GraphPaint
  theme: Theme
  view: Viewport
  /** CSS width of the canvas; its height follows the layout box's aspect ratio. */
  widthPx: number
  dpr: number
}

/** The base edges drawn once into their own canvas, reused while only hover and labels change. */
export interface EdgeLayer {
  canvas: HTMLCanvasElement
  key: { base: readonly EdgeBatch[]; view: Viewport; width: number; height: number } | null
}

export function edgeLayer(): EdgeLayer {
  return { canvas: document.createElement('canvas'), key: null }
}

function strokeBatches(
  ctx: CanvasRenderingContext2D,
  batches: readonly EdgeBatch[],
  segments: Float64Array,
  device: number,
) {
  for (const batch of batches) {
    ctx.globalAlpha = batch.alpha
    ctx.strokeStyle = batch.colour
    // Lines of one device pixel take the rasteriser's hairline path, ~20x faster than wider ones;
    // big batches of thin lines (the thousands of one-meeting edges) are drawn that way.
    const hairline = batch.edges.length > HAIRLINE_BATCH && batch.width * device < 2.5
    ctx.lineWidth = hairline ? 1 / device : batch.width
    ctx.setLineDash(batch.dash)
    ctx.lineCap = batch.cap
    ctx.beginPath()
    const e = batch.edges
    for (let k = 0; k < e.length; k++) {
      const i = e[k]! * 4
      ctx.moveTo(segments[i]!, segments[i + 1]!)
      ctx.lineTo(segments[i + 2]!, segments[i + 3]!)
    }
    ctx.stroke()
  }
  ctx.setLineDash([])
}

const sprites = new Map<string, HTMLCanvasElement>()

/**
 * A node's disc (or rounded square) and rim, rasterised once per colour and size: stamping 2,000
 * images is several times cheaper than filling and stroking 2,000 paths.
 */
function sprite(n: NodePaint, theme: Theme, unit: number, device: number): HTMLCanvasElement {
  const rim = {
    colour: n.focused ? theme.fg : theme.bg,
    width: (n.focused ? 3.5 : 1.5) * unit,
  }
  const key = `${actorColour(n.actor)}|${n.body}|${rim.colour}|${rim.width * device}|${n.r * device}`
  let c = sprites.get(key)
  if (c) return c
  if (sprites.size > 200) sprites.clear()
  c = document.createElement('canvas')
  c.width = c.height = Math.ceil((n.r + rim.width) * 2 * device) + 2
  const ctx = c.getContext('2d')
  if (ctx) {
    ctx.setTransform(device, 0, 0, device, c.width / 2, c.height / 2)
    ctx.beginPath()
    if (n.body) ctx.roundRect(-n.r, -n.r, 2 * n.r, 2 * n.r, 3 * unit)
    else ctx.arc(0, 0, n.r, 0, 2 * Math.PI)
    ctx.fillStyle = actorColour(n.actor)
    ctx.fill()
    ctx.strokeStyle = rim.colour
    ctx.lineWidth = rim.width
    ctx.stroke()
  }
  sprites.set(key, c)
  return c
}

/**
 * The sprite lookup for one draw. Every node of a paint has the same radius, so sprites differ only
 * by actor, shape and focus, and are found without building a key string per node (20,000 a draw
 * at x1000).
 */
function spritesFor(theme: Theme, unit: number, device: number) {
  const byActor = new Map<string | null, HTMLCanvasElement[]>()
  let radius: number | null = null
  return (n: NodePaint): HTMLCanvasElement => {
    radius ??= n.r
    if (n.r !== radius) return sprite(n, theme, unit, device)
    let row = byActor.get(n.actor)
    if (!row) byActor.set(n.actor, (row = []))
    const i = (n.body ? 1 : 0) + (n.focused ? 2 : 0)
    return (row[i] ??= sprite(n, theme, unit, device))
  }
}

/** Canvas pixels per layout unit for a frame: `s` before zoom, `device` after it. */
function scales(f: CanvasFrame) {
  const s = (f.widthPx * f.dpr) / BOX.width
  return { s, device: s * f.view.k }
}

/**
 * Strokes the base edges into `layer` unless it already holds them for this frame's base, view
 * and canvas size. Callers may run it in a task of its own ahead of `drawGraph`, which then only
 * composites.
 */
export function refreshEdgeLayer(
  layer: EdgeLayer,
  f: CanvasFrame,
  size: { width: number; height: number },
): void {
  const { paint, view } = f
  const { width, height } = size
  const k = layer.key
  if (k && k.base === paint.base && k.view === view && k.width === width && k.height === height)
    return
  const { s, device } = scales(f)
  // Resizing reallocates the backing store (4 MB at 1280 px): clear it when the size is unchanged.
  if (layer.canvas.width !== width || layer.canvas.height !== height)
    Object.assign(layer.canvas, { width, height })
  const lctx = layer.canvas.getContext('2d')
  if (!lctx) return
  lctx.setTransform(1, 0, 0, 1, 0, 0)
  lctx.clearRect(0, 0, width, height)
  lctx.setTransform(device, 0, 0, device, s * view.x, s * view.y)
  strokeBatches(lctx, paint.base, paint.segments, device)
  layer.key = { base: paint.base, view, width, height }
}

/**
 * Paints the graph as the SVG would: background, edges (the base layer from `layer` when given),
 * nodes with their rims and rings, then the chosen labels with a halo. Layout units throughout.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, f: CanvasFrame, layer?: EdgeLayer): void {
  const { paint, theme, view } = f
  const { s, device } = scales(f)
  const toLayout = () => ctx.setTransform(device, 0, 0, device, s * view.x, s * view.y)
  const { width, height } = ctx.canvas
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.globalAlpha = 1
  ctx.fillStyle = theme.bg
  ctx.fillRect(0, 0, width, height)

  if (layer) {
    refreshEdgeLayer(layer, f, ctx.canvas)
    ctx.globalAlpha = paint.baseAlpha
    ctx.drawImage(layer.canvas, 0, 0)
    toLayout()
  } else {
    toLayout()
    strokeBatches(
      ctx,
      paint.base.map((b) => ({ ...b, alpha: b.alpha * paint.baseAlpha })),
      paint.segments,
      device,
    )
  }
  strokeBatches(ctx, paint.top, paint.segments, device)

  ctx.setTransform(1, 0, 0, 1, 0, 0)
  const spriteOf = spritesFor(theme, paint.unit, device)
  for (const n of paint.nodes) {
    ctx.globalAlpha = n.alpha
    const img = spriteOf(n)
    // Whole device pixels keep the stamp as sharp as the sprite.
    const x = Math.round(s * view.x + n.x * device - img.width / 2)
    const y = Math.round(s * view.y + n.y * device - img.height / 2)
    ctx.drawImage(img, x, y)
  }
  toLayout()
  for (const n of paint.nodes) {
    if (!n.halo && !n.workspaceOnly) continue
    ctx.globalAlpha = n.alpha
    ctx.beginPath()
    ctx.arc(n.x, n.y, n.r + (n.halo ? 6 : 3) * paint.unit, 0, 2 * Math.PI)
    ctx.strokeStyle = n.halo ? theme.focus : theme.accent
    ctx.lineWidth = (n.halo ? 4 : 2) * paint.unit
    ctx.setLineDash(n.halo ? [] : [1 * paint.unit, 3 * paint.unit])
    ctx.stroke()
  }
  ctx.setLineDash([])
  for (const n of paint.nodes) {
    if (!n.ring) continue
    ctx.globalAlpha = n.alpha
    ctx.beginPath()
    ctx.arc(n.x, n.y, n.r + 4 * paint.unit, 0, 2 * Math.PI)
    ctx.strokeStyle = theme.accent
    ctx.lineWidth = 3 * paint.unit
    ctx.stroke()
  }
  if (paint.focusRing) {
    ctx.globalAlpha = 1
    ctx.beginPath()
    ctx.arc(paint.focusRing.x, paint.focusRing.y, paint.focusRing.r, 0, 2 * Math.PI)
    ctx.strokeStyle = theme.focus
    ctx.lineWidth = 3 * paint.unit
    ctx.stroke()
  }

  ctx.lineJoin = 'round'
  ctx.lineWidth = 4 * paint.unit
  ctx.strokeStyle = theme.bg
  ctx.fillStyle = theme.fg
  for (const l of paint.labels) {
    ctx.globalAlpha = l.alpha
    ctx.font = `${l.bold ? 700 : 400} ${12 * paint.unit}px ${FONT_FAMILY}`
    ctx.textAlign = l.align
    ctx.strokeText(l.text, l.x, l.y)
    ctx.fillText(l.text, l.x, l.y)
  }
  ctx.globalAlpha = 1
}
