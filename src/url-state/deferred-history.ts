/**
 * The browser's history, written a frame late (docs/decisions/012).
 *
 * Chrome spends about 15 ms of its browser process on every `pushState` or `replaceState` (history
 * and session bookkeeping), and on a 2-core machine that competes with the page for the cores
 * while the page draws the change. So the router is given a window whose history queues its writes
 * and makes them after the frame that shows the change, and at most once per `minIntervalMs` (a
 * drag of the timeline's brush writes ten times a second, not sixty). Meanwhile `history.state`
 * and `location` answer with the queued entry, so the router and anything reading the URL through
 * this window see what is on screen. Pending writes are made at once before the page is hidden or
 * left, and dropped when the user goes back or forward (the browser has moved past them).
 */

interface Write {
  kind: 'push' | 'replace'
  state: unknown
  url: string
}

/** The parts of `window` this module uses: the real one, or a fake in tests. */
export type HistoryHost = Pick<
  Window,
  | 'history'
  | 'location'
  | 'addEventListener'
  | 'requestAnimationFrame'
  | 'cancelAnimationFrame'
  | 'setTimeout'
  | 'clearTimeout'
  | 'performance'
>

export interface DeferredHistory {
  /** Stands in for `window` wherever the URL is written or read (the router's `window` option). */
  window: Window
  /** Makes the queued writes now. */
  flush: () => void
}

/** The longest a write waits when no frame comes. */
const MAX_DELAY_MS = 1000

const URL_PARTS = new Set([
  'href',
  'origin',
  'protocol',
  'host',
  'hostname',
  'port',
  'pathname',
  'search',
  'hash',
])

export function deferHistoryWrites(
  host: HistoryHost,
  { minIntervalMs = 100 } = {},
): DeferredHistory {
  const real = host.history
  let queue: Write[] = []
  let frame: number | null = null
  let timer: number | null = null
  let fallback: number | null = null
  let lastFlush = -Infinity

  const cancel = () => {
    if (frame !== null) host.cancelAnimationFrame(frame)
    if (timer !== null) host.clearTimeout(timer)
    if (fallback !== null) host.clearTimeout(fallback)
    frame = timer = fallback = null
  }
  const flush = () => {
    cancel()
    const writes = queue
    queue = []
    for (const w of writes) {
      if (w.kind === 'push') real.pushState(w.state, '', w.url)
      else real.replaceState(w.state, '', w.url)
    }
    if (writes.length) lastFlush = host.performance.now()
  }
  const schedule = () => {
    if (frame !== null || timer !== null) return
    // Frames stop in a hidden or occluded window; the URL must not wait for them.
    fallback = host.setTimeout(flush, MAX_DELAY_MS)
    // A rAF callback runs before its frame is drawn, and a timeout set there runs after it.
    frame = host.requestAnimationFrame(() => {
      frame = null
      const wait = Math.max(0, lastFlush + minIntervalMs - host.performance.now())
      timer = host.setTimeout(flush, wait)
    })
  }
  const pendingUrl = () => {
    const last = queue.at(-1)
    return last ? new URL(last.url) : null
  }
  const write = (kind: Write['kind'], state: unknown, url: string | URL | null | undefined) => {
    const href = new URL(url ?? pendingUrl() ?? host.location.href, host.location.href).href
    const last = queue.at(-1)
    // A replace rewrites the entry the queued write made, so the two are one write. Pushes stay
    // apart: each is a step of Back.
    if (kind === 'replace' && last) Object.assign(last, { state, url: href })
    else queue.push({ kind, state, url: href })
    schedule()
  }

  const history = {
    get state(): unknown {
      return queue.length ? queue.at(-1)!.state : (real.state as unknown)
    },
    get length() {
      return real.length + queue.filter((w) => w.kind === 'push').length
    },
    get scrollRestoration() {
      return real.scrollRestoration
    },
    set scrollRestoration(value: ScrollRestoration) {
      real.scrollRestoration = value
    },
    pushState: (state: unknown, _title: string, url?: string | URL | null) =>
      write('push', state, url),
    replaceState: (state: unknown, _title: string, url?: string | URL | null) =>
      write('replace', state, url),
    go: (delta?: number) => {
      flush()
      real.go(delta)
    },
    back: () => {
      flush()
      real.back()
    },
    forward: () => {
      flush()
      real.forward()
    },
  }
  const location = new Proxy(host.location, {
    get(target, prop) {
      const pending = typeof prop === 'string' && URL_PARTS.has(prop) ? pendingUrl() : null
      if (pending) return pending[prop as 'href']
      const value: unknown = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      // assign, replace, reload: the queued entry is written first, so it is the one left behind.
      return (...args: unknown[]) => {
        flush()
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  const proxy = new Proxy(host as Window, {
    get(target, prop) {
      if (prop === 'history') return history
      if (prop === 'location') return location
      const value: unknown = Reflect.get(target, prop, target)
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value
    },
  })

  // Registered before the router's own listener: by the time it reads the location, the entries
  // the user went back past are gone.
  host.addEventListener('popstate', () => {
    cancel()
    queue = []
  })
  host.addEventListener('pagehide', flush)
  host.addEventListener('visibilitychange', flush)
  return { window: proxy, flush }
}

let app: DeferredHistory | null = null

/** The app's one deferred history over the real window: the router writes through it. */
export function appHistory(): DeferredHistory {
  return (app ??= deferHistoryWrites(window))
}
