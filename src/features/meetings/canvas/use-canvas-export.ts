import { useEffect, useId, useRef, type RefObject } from 'react'

/** Exports are 2x images; a copy is painted at least that sharp. */
const EXPORT_DENSITY = 2

/**
 * Keeps the canvas in image exports. The export copies the view with `cloneNode`, which copies a
 * canvas's size but not its pixels, so the graph came out blank. The copy is appended to <body>
 * before it is rendered; this paints the live canvas into any copy of it as soon as that happens
 * (a mutation observer's callback runs before the export's next await resumes), redrawn by
 * `paint` at export density. Returns the value for the canvas's `data-graph-canvas` attribute, by
 * which its copies are found.
 */
export function useCanvasExport(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  paint: (copy: HTMLCanvasElement, density: number) => void,
): string {
  const id = useId()
  const paintRef = useRef(paint)
  useEffect(() => {
    paintRef.current = paint
  })
  useEffect(() => {
    if (typeof MutationObserver === 'undefined') return
    const selector = `canvas[data-graph-canvas="${CSS.escape(id)}"]`
    const observer = new MutationObserver((records) => {
      const live = canvasRef.current
      if (!live || live.width === 0 || live.height === 0) return
      for (const record of records)
        for (const added of record.addedNodes) {
          if (!(added instanceof Element)) continue
          for (const copy of added.querySelectorAll<HTMLCanvasElement>(selector))
            if (copy !== live)
              paintRef.current(copy, Math.max(EXPORT_DENSITY, live.width / live.clientWidth || 1))
        }
    })
    // Only <body>'s own children: exports add their stage there, and nothing else is watched.
    observer.observe(document.body, { childList: true })
    return () => observer.disconnect()
  }, [canvasRef, id])
  return id
}
