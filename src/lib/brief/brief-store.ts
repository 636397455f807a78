import '../zod-setup'
import { useSyncExternalStore } from 'react'
import { z } from 'zod'

/** A selection pinned to the brief, with the date range its quotes were read under. */
const pinSchema = z.object({
  sel: z.string().min(1).max(300),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
})

/** The views a brief can show under its filter. */
export const BRIEF_VIEWS = ['matrix', 'casualties', 'meetings'] as const
export type BriefViewId = (typeof BRIEF_VIEWS)[number]

/** The brief an analyst composes: kept in this browser, so it survives a reload. */
const briefSchema = z.object({
  title: z.string().max(300),
  judgments: z.string().max(20_000),
  pins: z.array(pinSchema).max(50),
  // Briefs stored before the choice existed showed every view.
  views: z
    .array(z.enum(BRIEF_VIEWS))
    .max(BRIEF_VIEWS.length)
    .default([...BRIEF_VIEWS]),
})

export type Pin = z.infer<typeof pinSchema>
export type Brief = z.infer<typeof briefSchema>

/** Where the brief is kept once attached: the workspace's IndexedDB database (decision 024). */
export interface BriefBackend {
  /** The stored brief as written, or undefined when none was ever stored. */
  load(): Promise<unknown>
  save(brief: Brief): Promise<void>
}

/** Where the brief was kept before decision 024, and still is when IndexedDB is refused. */
export const LEGACY_KEY = 'blueline-brief-v1'
export const EMPTY_BRIEF: Brief = { title: '', judgments: '', pins: [], views: [...BRIEF_VIEWS] }
const CHANNEL = 'blueline-brief'

const listeners = new Set<() => void>()
let current: Brief | null = null
let backend: BriefBackend | null = null
/** Written in this tab before the backend was attached: the attach saves it rather than loads. */
let dirty = false
let channel: BroadcastChannel | null = null

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // A browser that blocks storage still gets a brief, for this page's life.
    return null
  }
}

/** `value` as a brief, or null when it is not one (edited by hand, an older shape, nothing). */
function parseBrief(value: unknown): Brief | null {
  const parsed = briefSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

function readLegacy(): Brief | null {
  try {
    const raw = storage()?.getItem(LEGACY_KEY)
    return raw ? parseBrief(JSON.parse(raw)) : null
  } catch {
    return null
  }
}

const notify = () => {
  for (const l of listeners) l()
}

/** The brief; anything unreadable where it is kept reads as empty. */
export function readBrief(): Brief {
  return (current ??= readLegacy() ?? EMPTY_BRIEF)
}

/** Saves the brief and tells every component showing it, here and in other tabs. */
export function writeBrief(next: Brief): void {
  current = next
  notify()
  if (!backend) {
    dirty = true
    storage()?.setItem(LEGACY_KEY, JSON.stringify(next))
    return
  }
  backend.save(next).then(
    () => channel?.postMessage('saved'),
    // Refused by IndexedDB (quota, a closed database): keep it where it was kept before.
    () => storage()?.setItem(LEGACY_KEY, JSON.stringify(next)),
  )
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

/**
 * Keeps the brief in `next` from now on. A brief only in localStorage (kept there before decision
 * 024) moves into it and leaves localStorage once saved; one this tab wrote meanwhile wins.
 */
export async function attachBriefBackend(next: BriefBackend): Promise<void> {
  const stored = parseBrief(await next.load())
  const keep = dirty ? readBrief() : (stored ?? readLegacy())
  if (keep && keep !== stored) await next.save(keep)
  // Only now is the workspace the brief's home: a save that failed above leaves it where it was.
  backend = next
  const moved = keep !== null && keep !== stored
  // Written in this tab while the save above ran: that is the newest.
  if (dirty && readBrief() !== keep) await next.save(readBrief())
  else if (keep) current = keep
  if (moved || dirty) storage()?.removeItem(LEGACY_KEY)
  dirty = false
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel(CHANNEL)
    // Another tab saved: read the brief again.
    channel.onmessage = () =>
      void next.load().then((v) => {
        current = parseBrief(v) ?? current
        notify()
      })
  }
  notify()
}

/** Forgets the attached backend and the brief read (for tests, which share one module). */
export function resetBriefStore(): void {
  backend = null
  current = null
  dirty = false
  channel?.close()
  channel = null
}

function subscribe(onChange: () => void) {
  listeners.add(onChange)
  // Before the workspace holds the brief, another tab's edit arrives as a storage event.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== LEGACY_KEY || backend) return
    current = null
    onChange()
  }
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
