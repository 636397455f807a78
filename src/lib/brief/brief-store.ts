import '../zod-setup'
import { useSyncExternalStore } from 'react'
import { z } from 'zod'

/** A selection pinned to the brief, with the date range its quotes were read under. */
const pinSchema = z.object({
  sel: z.string().min(1).max(300),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
})

/** The brief an analyst composes: kept in this browser's storage, so it survives a reload. */
const briefSchema = z.object({
  title: z.string().max(300),
  judgments: z.string().max(20_000),
  pins: z.array(pinSchema).max(50),
})

export type Pin = z.infer<typeof pinSchema>
export type Brief = z.infer<typeof briefSchema>

const KEY = 'blueline-brief-v1'
export const EMPTY_BRIEF: Brief = { title: '', judgments: '', pins: [] }

const listeners = new Set<() => void>()
let cached: { raw: string | null; brief: Brief } | null = null

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // A browser that blocks storage still gets a brief, for this page's life.
    return null
  }
}

let memory: string | null = null

/** The stored brief; anything unreadable there (edited by hand, an older shape) reads as empty. */
export function readBrief(): Brief {
  const raw = storage()?.getItem(KEY) ?? memory
  if (cached && cached.raw === raw) return cached.brief
  let brief = EMPTY_BRIEF
  try {
    const parsed = briefSchema.safeParse(raw ? JSON.parse(raw) : null)
    if (parsed.success) brief = parsed.data
  } catch {
    brief = EMPTY_BRIEF
  }
  cached = { raw, brief }
  return brief
}

/** Saves the brief and tells every component showing it. */
export function writeBrief(next: Brief): void {
  const raw = JSON.stringify(next)
  const store = storage()
  if (store) store.setItem(KEY, raw)
  else memory = raw
  for (const l of listeners) l()
}

/** Applies `change` to the stored brief. */
export function updateBrief(change: (b: Brief) => Brief): void {
  writeBrief(change(readBrief()))
}

/** Pins a selection, once: pinning it again under another range updates the range. */
export function pinSelection(pin: Pin): void {
  updateBrief((b) => ({
    ...b,
    pins: b.pins.some((p) => p.sel === pin.sel)
      ? b.pins.map((p) => (p.sel === pin.sel ? pin : p))
      : [...b.pins, pin],
  }))
}

function subscribe(onChange: () => void) {
  listeners.add(onChange)
  // Another tab's edit arrives as a storage event.
  const onStorage = (e: StorageEvent) => e.key === KEY && onChange()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('storage', onStorage)
  }
}

/** The brief, re-rendering on every change from this tab or another. */
export function useBrief(): Brief {
  return useSyncExternalStore(subscribe, readBrief, () => EMPTY_BRIEF)
}
