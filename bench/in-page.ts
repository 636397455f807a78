/**
 * The browser-side halves of the measurements. Playwright sends each function's source text to the
 * page, so none may use anything from outside its own body (imports, module constants, helpers).
 */

/** What the instrumentation keeps on `window.__bench`. */
interface BenchState {
  firstRender?: number
  longTasks: { start: number; duration: number }[]
  /** Every history write the page made (pushState, replaceState), when and to what URL. */
  urlWrites: { at: number; url: string }[]
}

/**
 * One timed interaction. The change is painted at the end of the frame `shown` starts, so the true
 * latency lies between the two numbers.
 */
interface Timing {
  /** Dispatch to the start (rAF) of the first frame whose DOM has the change: a lower bound. */
  shown: number
  /**
   * Dispatch to the end of that frame's main-thread work (style, layout, paint): a message posted
   * from its rAF runs right after. The compositor then shows it at the next vsync.
   */
  painted: number
  /** Dispatch to the rAF after that frame, when it has certainly been painted: an upper bound. */
  nextFrame: number
  /**
   * Dispatch to the history write that put the change in the URL. The app writes it after the
   * frame that shows the change (docs/decisions/012), so this is not part of the latency.
   */
  url: number
}

/** A run of timed interactions, cut short on a timeout or when the time budget ran out. */
export interface TimingRun {
  timings: Timing[]
  error?: string
}

declare global {
  interface Window {
    __bench: BenchState
  }
}

/** Init script: records long tasks, and polls every frame until all `selectors` exist (first render). */
export function instrument(selectors: string[]): void {
  const state: BenchState = { longTasks: [], urlWrites: [] }
  window.__bench = state
  for (const name of ['pushState', 'replaceState'] as const) {
    const write = Object.getOwnPropertyDescriptor(History.prototype, name)!
      .value as History[typeof name]
    History.prototype[name] = function (this: History, data, unused, url) {
      write.call(this, data, unused, url)
      state.urlWrites.push({ at: performance.now(), url: location.href })
    }
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      state.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const poll = () => {
    if (selectors.every((s) => document.querySelector(s))) state.firstRender = performance.now()
    else requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
}

/** The median interval between animation frames, to read the rAF-based latencies against. */
export async function frameInterval(): Promise<number> {
  const stamps: number[] = []
  for (let i = 0; i < 31; i++)
    stamps.push(await new Promise<number>((r) => requestAnimationFrame(r)))
  const gaps = stamps
    .slice(1)
    .map((t, i) => t - stamps[i]!)
    .sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)]!
}

/**
 * The `min` and `max` of the "From" date field (the dataset's span) and its value, from the
 * field's wrapper (date-field.tsx): the text shows "7 Oct 2023". Runs in the page, so self-contained.
 */
export function fromSpan(): { min: string; max: string; value: string } | null {
  const field = [...document.querySelectorAll<HTMLElement>('.date-field')].find((f) =>
    f.textContent?.trim().startsWith('From'),
  )
  if (!field) return null
  const { min = '', max = '', value = '' } = field.dataset
  return { min, max, value }
}

/**
 * Sets "From" to each date in turn the way a user's edit reaches React (native value setter, then
 * an `input` event) and waits until the URL holds it and the input shows it (React committed).
 * `aligned` dispatches each at the start of a frame (in a rAF callback), as Chrome delivers the
 * pointer moves of a drag; otherwise from a timer, at whatever point of the frame it falls, as a
 * typed edit arrives.
 */
export async function runFilterChanges(args: {
  dates: string[]
  timeoutMs: number
  settleMs: number
  budgetMs: number
  aligned: boolean
}): Promise<TimingRun> {
  const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))
  // Called from a rAF callback's continuation: the message runs once that frame's rendering is done.
  const endOfFrame = () =>
    new Promise<number>((r) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => r(performance.now())
      channel.port2.postMessage(null)
    })
  // When the first history write since t0 whose URL passes `test` was made; null on a timeout.
  const written = async (t0: number, test: (url: URL) => boolean): Promise<number | null> => {
    for (;;) {
      const w = window.__bench.urlWrites.find((x) => x.at >= t0 && test(new URL(x.url)))
      if (w) return w.at
      if (performance.now() - t0 > args.timeoutMs) return null
      await new Promise((r) => setTimeout(r, 5))
    }
  }
  // The prototype's setter bypasses React's value tracking, so React sees the edit as a change.
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!
  const timings: Timing[] = []
  const started = performance.now()
  for (const date of args.dates) {
    if (performance.now() - started > args.budgetMs)
      return {
        timings,
        error: `time budget of ${args.budgetMs} ms used up after ${timings.length} changes`,
      }
    // The "From" field's wrapper holds its ISO value (date-field.tsx); the input shows "7 Oct 2023".
    const field = [...document.querySelectorAll<HTMLElement>('.date-field')].find((f) =>
      f.textContent?.trim().startsWith('From'),
    )
    const input = field?.querySelector('input')
    if (!field || !input) return { timings, error: 'no "From" date input found' }
    // Every view stamps the range it drew on its frame (data-range) in the same render: the change
    // counts as shown only when the input and all views have it. The URL follows after the frame.
    const shown = () => {
      const views = [...document.querySelectorAll<HTMLElement>('[data-range]')]
      return (
        input.isConnected &&
        field.dataset.value === date &&
        views.length > 0 &&
        views.every((v) => v.dataset.range?.startsWith(`${date}..`))
      )
    }
    const edit = () => {
      const t = performance.now()
      descriptor.set!.call(input, date)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      return t
    }
    let t0: number
    let shownAt: number | null = null
    let paintedAt = 0
    if (args.aligned) {
      // The edit runs in a frame's rAF, so that frame can show it: its end is the first candidate.
      t0 = await new Promise<number>((r) => requestAnimationFrame(() => r(edit())))
      shownAt = t0
      paintedAt = await endOfFrame()
      if (!shown()) shownAt = null
    } else t0 = edit()
    while (shownAt === null) {
      const at = await frame()
      if (shown()) {
        shownAt = at
        paintedAt = await endOfFrame()
      } else if (performance.now() - t0 > args.timeoutMs)
        return { timings, error: `from=${date} not shown after ${args.timeoutMs} ms` }
    }
    const nextFrame = await frame()
    const urlAt = await written(t0, (url) => url.searchParams.get('from') === date)
    if (urlAt === null)
      return { timings, error: `from=${date} shown but not in the URL after ${args.timeoutMs} ms` }
    timings.push({
      shown: shownAt - t0,
      painted: paintedAt - t0,
      nextFrame: nextFrame - t0,
      url: urlAt - t0,
    })
    await new Promise((r) => setTimeout(r, args.settleMs))
  }
  return { timings }
}

/** `data-pos` of up to `n` matrix cell buttons that show a stance, spread over the grid. */
export function pickCells(n: number): string[] {
  const all = [
    ...document.querySelectorAll<HTMLButtonElement>('[data-view="matrix"] td button[data-pos]'),
  ]
  const withStance = all.filter((b) =>
    [...b.querySelectorAll('span')].some((s) => !s.classList.contains('matrix-mark')),
  )
  const pool = withStance.length >= 2 ? withStance : all
  const picks = Array.from(
    { length: Math.min(n, pool.length) },
    (_, i) => pool[Math.floor((i * (pool.length - 1)) / Math.max(1, n - 1))]!,
  )
  return [...new Set(picks.map((b) => b.dataset.pos!))]
}

/** Clicks the given cells in turn and waits until it is pressed and the evidence changed, then for the URL to select it. */
export async function runSelections(args: {
  cells: string[]
  count: number
  timeoutMs: number
  settleMs: number
  budgetMs: number
}): Promise<TimingRun> {
  const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))
  const endOfFrame = () =>
    new Promise<number>((r) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => r(performance.now())
      channel.port2.postMessage(null)
    })
  const evidence = () => document.querySelector('aside[aria-label="Evidence"]')?.textContent ?? ''
  // When the first history write since t0 whose URL passes `test` was made; null on a timeout.
  const written = async (t0: number, test: (url: URL) => boolean): Promise<number | null> => {
    for (;;) {
      const w = window.__bench.urlWrites.find((x) => x.at >= t0 && test(new URL(x.url)))
      if (w) return w.at
      if (performance.now() - t0 > args.timeoutMs) return null
      await new Promise((r) => setTimeout(r, 5))
    }
  }
  const timings: Timing[] = []
  const started = performance.now()
  for (let i = 0; i < args.count; i++) {
    if (performance.now() - started > args.budgetMs)
      return {
        timings,
        error: `time budget of ${args.budgetMs} ms used up after ${timings.length} selections`,
      }
    const pos = args.cells[i % args.cells.length]!
    const button = () =>
      document.querySelector<HTMLButtonElement>(`[data-view="matrix"] td button[data-pos="${pos}"]`)
    const target = button()
    if (!target) return { timings, error: `no matrix cell at ${pos}` }
    const before = { sel: new URLSearchParams(location.search).get('sel'), text: evidence() }
    // Shown when the cell is pressed and the evidence changed; the URL follows after the frame.
    const shown = () =>
      button()?.getAttribute('aria-pressed') === 'true' && evidence() !== before.text
    const selects = (url: URL) => {
      const sel = url.searchParams.get('sel')
      return sel !== null && sel !== before.sel && sel.startsWith('cell:')
    }
    const t0 = performance.now()
    target.click()
    let shownAt: number
    for (;;) {
      shownAt = await frame()
      if (shown()) break
      if (performance.now() - t0 > args.timeoutMs)
        return { timings, error: `cell ${pos} not shown as selected after ${args.timeoutMs} ms` }
    }
    const paintedAt = await endOfFrame()
    const nextFrame = await frame()
    const urlAt = await written(t0, selects)
    if (urlAt === null)
      return { timings, error: `cell ${pos} shown but not in the URL after ${args.timeoutMs} ms` }
    timings.push({
      shown: shownAt - t0,
      painted: paintedAt - t0,
      nextFrame: nextFrame - t0,
      url: urlAt - t0,
    })
    await new Promise((r) => setTimeout(r, args.settleMs))
  }
  return { timings }
}
