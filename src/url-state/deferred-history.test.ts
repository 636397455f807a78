import { describe, expect, it } from 'vitest'
import { deferHistoryWrites, type HistoryHost } from './deferred-history'

/** A window with a history of entries, frames and timers run by hand, and a clock. */
function fakeHost(start = 'http://app.test/') {
  const entries = [{ state: null as unknown, url: start }]
  let index = 0
  let now = 0
  const writes: string[] = []
  const assigned: string[] = []
  const listeners = new Map<string, (() => void)[]>()
  // Ids as the browser hands them out, so cancelling one really stops it.
  let nextId = 1
  let frames: { id: number; fn: () => void }[] = []
  let timers: { id: number; at: number; fn: () => void }[] = []
  const fire = (type: string) => (listeners.get(type) ?? []).forEach((fn) => fn())
  const href = () => entries[index]!.url
  const history = {
    get state() {
      return entries[index]!.state
    },
    get length() {
      return entries.length
    },
    scrollRestoration: 'auto',
    pushState(state: unknown, _title: string, url: string) {
      entries.splice(index + 1, Infinity, { state, url: new URL(url, href()).href })
      index++
      writes.push(`push ${href()}`)
    },
    replaceState(state: unknown, _title: string, url: string) {
      entries[index] = { state, url: new URL(url, href()).href }
      writes.push(`replace ${href()}`)
    },
    go(delta: number) {
      index += delta
      fire('popstate')
    },
    back() {
      this.go(-1)
    },
    forward() {
      this.go(1)
    },
  }
  const location = {
    get href() {
      return href()
    },
    get pathname() {
      return new URL(href()).pathname
    },
    get search() {
      return new URL(href()).search
    },
    get hash() {
      return new URL(href()).hash
    },
    assign(url: string) {
      assigned.push(url)
    },
  }
  const host = {
    history,
    location,
    addEventListener: (type: string, fn: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    requestAnimationFrame: (fn: () => void) => {
      frames.push({ id: nextId, fn })
      return nextId++
    },
    cancelAnimationFrame: (id: number) => {
      frames = frames.filter((f) => f.id !== id)
    },
    setTimeout: (fn: () => void, ms: number) => {
      timers.push({ id: nextId, at: now + ms, fn })
      return nextId++
    },
    clearTimeout: (id: number) => {
      timers = timers.filter((t) => t.id !== id)
    },
    performance: { now: () => now },
  } as unknown as HistoryHost
  return {
    host,
    writes,
    assigned,
    fire,
    history,
    /** Runs the frame's rAF callbacks, then the timers due by its end, `ms` later. */
    frame(ms = 16) {
      const due = frames
      frames = []
      due.forEach((f) => f.fn())
      this.wait(ms)
    },
    /** Frame callbacks and timers still waiting to run. */
    pending: () => frames.length + timers.length,
    /** Lets `ms` pass with no frame, running the timers that fall due. */
    wait(ms: number) {
      now += ms
      const ready = timers.filter((t) => t.at <= now)
      timers = timers.filter((t) => t.at > now)
      ready.forEach((t) => t.fn())
    },
  }
}

describe('deferHistoryWrites', () => {
  it('writes a push after the frame that shows it, and reads as written meanwhile', () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState({ idx: 1 }, '', '/?from=2024-10-31')
    expect(fake.writes).toEqual([])
    expect(window.location.search).toBe('?from=2024-10-31')
    expect(window.location.href).toBe('http://app.test/?from=2024-10-31')
    expect(window.history.state).toEqual({ idx: 1 })
    expect(window.history.length).toBe(2)
    fake.frame()
    expect(fake.writes).toEqual(['push http://app.test/?from=2024-10-31'])
    expect(fake.history.state).toEqual({ idx: 1 })
  })

  it('makes a replace right after a push one write, and keeps two pushes apart', () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState({ idx: 1 }, '', '/?from=a')
    window.history.replaceState({ idx: 1 }, '', '/?from=b')
    fake.frame()
    expect(fake.writes).toEqual(['push http://app.test/?from=b'])
    fake.frame(200)
    window.history.pushState({ idx: 2 }, '', '/matrix')
    window.history.pushState({ idx: 3 }, '', '/matrix?from=c')
    fake.frame()
    expect(fake.writes.slice(1)).toEqual([
      'push http://app.test/matrix',
      'push http://app.test/matrix?from=c',
    ])
  })

  it("writes a drag's replaces at most once per interval, the last one included", () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host, { minIntervalMs: 100 })
    for (let i = 10; i < 30; i++) {
      window.history.replaceState(null, '', `/?from=2024-10-${i}`)
      fake.frame(16)
    }
    for (let i = 0; i < 10; i++) fake.frame(16)
    // 20 frames of 16 ms with one write per 100 ms: the first, then about every seventh frame.
    expect(fake.writes.length).toBeGreaterThanOrEqual(3)
    expect(fake.writes.length).toBeLessThanOrEqual(5)
    expect(fake.writes.at(-1)).toBe('replace http://app.test/?from=2024-10-29')
  })

  it('drops the writes the user went back past', () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState(null, '', '/?from=a')
    fake.frame()
    window.history.pushState(null, '', '/?from=b')
    fake.history.back()
    fake.frame(200)
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
    expect(window.location.href).toBe('http://app.test/')
  })

  it('writes at once when the page is hidden, and before leaving it', () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState(null, '', '/?from=a')
    fake.fire('pagehide')
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
    window.history.pushState(null, '', '/?from=b')
    window.location.assign('https://elsewhere.test/')
    expect(fake.writes.at(-1)).toBe('push http://app.test/?from=b')
    expect(fake.assigned).toEqual(['https://elsewhere.test/'])
  })

  it('writes within a second when no frame comes (a hidden or occluded window)', () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState(null, '', '/?from=a')
    fake.wait(999)
    expect(fake.writes).toEqual([])
    fake.wait(1)
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
  })

  it('flush() writes what is queued, and nothing twice', () => {
    const fake = fakeHost()
    const deferred = deferHistoryWrites(fake.host)
    deferred.window.history.pushState(null, '', '/?from=a')
    deferred.flush()
    fake.frame(200)
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
  })

  it('leaves no frame or timer waiting once the queue is written or dropped', () => {
    const fake = fakeHost()
    const deferred = deferHistoryWrites(fake.host)
    // Before the frame: its callback and the one-second fallback wait.
    deferred.window.history.pushState(null, '', '/?from=a')
    expect(fake.pending()).toBe(2)
    deferred.flush()
    expect(fake.pending()).toBe(0)
    // After the frame's callback: the timeout set there (100 ms after the last write) waits.
    deferred.window.history.pushState(null, '', '/?from=b')
    fake.frame(0)
    expect(fake.pending()).toBe(2)
    deferred.flush()
    expect(fake.pending()).toBe(0)
    // Back drops the queue and what was scheduled for it.
    deferred.window.history.pushState(null, '', '/?from=c')
    fake.history.back()
    expect(fake.pending()).toBe(0)
    expect(fake.writes).toEqual(['push http://app.test/?from=a', 'push http://app.test/?from=b'])
  })

  it("does not let a written entry's fallback cut a later write's wait short", () => {
    const fake = fakeHost()
    const { window } = deferHistoryWrites(fake.host)
    window.history.pushState(null, '', '/?from=a')
    fake.frame()
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
    // The next edit comes with no frames after it (a hidden window): it waits its own second.
    fake.wait(500)
    window.history.pushState(null, '', '/?from=b')
    fake.wait(600)
    expect(fake.writes).toEqual(['push http://app.test/?from=a'])
    fake.wait(400)
    expect(fake.writes.at(-1)).toBe('push http://app.test/?from=b')
  })
})
