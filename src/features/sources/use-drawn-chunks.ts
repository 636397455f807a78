import { useEffect, useState } from 'react'
import type { Chunk } from './chunks'

/** Chunks drawn per task after the first paint: small enough that a click or a key is not kept waiting. */
const PER_TASK = 4

/**
 * Which chunks of an article are drawn: `first` (the opening screen and the passage followed) at
 * once, the rest a few per task in article order, so the first screen comes fast and, a moment
 * later, the whole text is there for find-in-page and selection.
 */
export function useDrawnChunks(chunks: readonly Chunk[], first: readonly number[]) {
  const [state, setState] = useState(() => ({ chunks, drawn: new Set<number>(), next: 0 }))
  // A new article (or dataset) starts over; adjusting state while rendering avoids a stale frame.
  const current = state.chunks === chunks ? state : { chunks, drawn: new Set<number>(), next: 0 }
  if (current !== state) setState(current)
  const done = current.next >= chunks.length

  useEffect(() => {
    if (done) return
    const id = setTimeout(() =>
      setState((s) => {
        if (s.chunks !== chunks) return s
        const drawn = new Set(s.drawn)
        let next = s.next
        for (let added = 0; next < chunks.length && added < PER_TASK; next++)
          if (!drawn.has(next) && !first.includes(next)) {
            drawn.add(next)
            added++
          }
        return { chunks, drawn, next }
      }),
    )
    return () => clearTimeout(id)
  }, [state, chunks, first, done])

  return { isDrawn: (i: number) => current.drawn.has(i) || first.includes(i), done }
}
