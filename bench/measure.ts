import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { instrument } from './in-page'
import type { BenchServer } from './serve'

/** What one cold page load gave. */
export interface LoadResult {
  firstRenderMs: number | null
  heapBytes: number | null
  /** The .js files requested before first render, with their gzip -9 sizes. */
  js: { path: string; bytes: number; gzipBytes: number }[]
  longTasksDuringLoad: { maxMs: number | null; over200: number }
  error?: string
}

/** A loaded page kept open for the interaction measurements. */
export interface OpenPage {
  context: BrowserContext
  page: Page
  load: LoadResult
  /** Set when the renderer process died (out of memory, usually). */
  crashed: () => boolean
}

const VIEWPORT = { width: 1280, height: 900 }

// tsx compiles with keepNames, which wraps inner functions in __name(); the page needs a no-op one.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);'

/**
 * Opens `path` in a fresh context (cold cache) and waits until every selector exists; records time
 * from navigation start, the JS requested until then, long tasks, and the heap after a forced GC.
 */
export async function loadPage(
  browser: Browser,
  server: BenchServer,
  distDir: string,
  path: string,
  selectors: string[],
  timeoutMs: number,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(instrument, selectors)
  const page = await context.newPage()
  let crashed = false
  const errors: string[] = []
  page.on('crash', () => void (crashed = true))
  page.on('pageerror', (e) => void errors.push(e.message))
  const requested = new Set<string>()
  let recording = true
  context.on('request', (r) => {
    const p = new URL(r.url()).pathname
    if (recording && p.endsWith('.js')) requested.add(p)
  })
  server.clearLog()

  const load: LoadResult = {
    firstRenderMs: null,
    heapBytes: null,
    js: [],
    longTasksDuringLoad: { maxMs: null, over200: 0 },
  }
  try {
    await page.goto(server.url + path, { waitUntil: 'commit', timeout: timeoutMs })
    // Fail fast when the app shows an error instead of waiting out the timeout.
    await page.waitForFunction(
      () =>
        window.__bench?.firstRender !== undefined ||
        document.querySelector('[role="alert"], .route-error') !== null,
      undefined,
      { timeout: timeoutMs, polling: 250 },
    )
    const state = await page.evaluate(() => ({
      first: window.__bench.firstRender ?? null,
      alert: document.querySelector('[role="alert"], .route-error')?.textContent ?? null,
    }))
    recording = false
    if (state.first === null)
      throw new Error(`the page showed an error: ${state.alert?.slice(0, 300)}`)
    load.firstRenderMs = state.first
    // Let effects and late requests settle before weighing the heap.
    await page.waitForTimeout(1000)
    load.heapBytes = await heapAfterGc(context, page)
    const tasks = await page.evaluate(() => window.__bench.longTasks)
    load.longTasksDuringLoad = {
      maxMs: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : null,
      over200: tasks.filter((t) => t.duration > 200).length,
    }
  } catch (e) {
    const message = crashed
      ? 'the renderer crashed (out of memory?)'
      : (e as Error).message.split('\n')[0]!
    load.error = [message, ...errors.slice(0, 2).map((m) => `page error: ${m}`)].join('; ')
  }
  recording = false
  // The server log also sees worker scripts, in case the browser reported them differently.
  for (const p of server.log) if (p.endsWith('.js') && load.firstRenderMs !== null) requested.add(p)
  load.js = [...requested].sort().map((p) => jsSize(distDir, p))
  return { context, page, load, crashed: () => crashed }
}

function jsSize(distDir: string, path: string): LoadResult['js'][number] {
  try {
    const bytes = readFileSync(join(distDir, path))
    return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
  } catch {
    return { path, bytes: 0, gzipBytes: 0 }
  }
}

/** JSHeapUsedSize of the page after a forced garbage collection (the main thread only, not workers). */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null
  } finally {
    await cdp.detach()
  }
}

/** Sum of gzip sizes of a load's JS. */
export const jsGzipTotal = (load: LoadResult): number | null =>
  load.js.length ? load.js.reduce((s, f) => s + f.gzipBytes, 0) : null
