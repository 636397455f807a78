import type { Page } from '@playwright/test'
import {
  fromSpan,
  frameInterval,
  pickCells,
  runFilterChanges,
  runSelections,
  type TimingRun,
} from './in-page'
import { addDaysIso, daysBetween, percentile } from './stats'

/** p50/p95 of a run of timed interactions, by both definitions, with how many were timed. */
export interface LatencySummary {
  n: number
  p50: number | null
  p95: number | null
  /** The same, to the start of the first frame showing the change: a lower bound (see Timing in in-page.ts). */
  shownP50: number | null
  shownP95: number | null
  /** The same, to the end of that frame's main-thread rendering: input to paint. */
  paintedP50: number | null
  paintedP95: number | null
  /** The same, to the history write that put the change in the URL (after the frame, decision 012). */
  urlP50?: number | null
  urlP95?: number | null
  /**
   * Filter changes only, "painted": the edits that move "From" earlier and so bring records into
   * the range, and those that move it later and take them out. The first cost more (new marks).
   */
  widening?: { n: number; p50: number | null; p95: number | null }
  narrowing?: { n: number; p50: number | null; p95: number | null }
  /**
   * Filter changes on one page only: each edit's "painted" time in the order made (0.1 ms), so a
   * reader can see whether the slow ones cluster (a GC every few edits) or are spread (noise).
   * Not kept when pages are merged.
   */
  paintedMs?: number[]
  error?: string
}

/**
 * How long each view's PNG export took, and the longest main-thread task while it ran (null when
 * none reached the 50 ms a long task needs), or why there is no number.
 */
export type ExportResult = { ms: number | null; longestTaskMs?: number | null; note?: string }

/** Generous limits that scale with the dataset, so a slow x1000 gives numbers rather than a hang. */
export interface Limits {
  perActionMs: number
  budgetMs: number
}

const SETTLE_MS = 100

function summarise(run: TimingRun): LatencySummary {
  const next = run.timings.map((t) => t.nextFrame)
  const shown = run.timings.map((t) => t.shown)
  const painted = run.timings.map((t) => t.painted)
  const url = run.timings.map((t) => t.url)
  return {
    n: run.timings.length,
    p50: percentile(next, 50),
    p95: percentile(next, 95),
    shownP50: percentile(shown, 50),
    shownP95: percentile(shown, 95),
    paintedP50: percentile(painted, 50),
    paintedP95: percentile(painted, 95),
    urlP50: percentile(url, 50),
    urlP95: percentile(url, 95),
    ...(run.error ? { error: run.error } : {}),
  }
}

type Split = NonNullable<LatencySummary['widening']>

/**
 * Several pages' summaries as one: each percentile is the median of the pages' (the targets are
 * medians), the counts are summed, and errors are kept with the page they came from.
 */
export function medianOfRuns(runs: LatencySummary[]): LatencySummary {
  // The median; for an even count (a page failed) the upper of the two middle values, so a lost
  // page never makes a latency look better.
  const of = (pick: (r: LatencySummary) => number | null | undefined) => {
    const values = runs
      .map(pick)
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b)
    return values.length ? values[Math.floor(values.length / 2)]! : null
  }
  const split = (pick: (r: LatencySummary) => Split | undefined): Split | undefined =>
    runs.some((r) => pick(r))
      ? {
          n: runs.reduce((n, r) => n + (pick(r)?.n ?? 0), 0),
          p50: of((r) => pick(r)?.p50),
          p95: of((r) => pick(r)?.p95),
        }
      : undefined
  const errors = runs.flatMap((r, i) => (r.error ? [`page ${i + 1}: ${r.error}`] : []))
  return {
    n: runs.reduce((n, r) => n + r.n, 0),
    p50: of((r) => r.p50),
    p95: of((r) => r.p95),
    shownP50: of((r) => r.shownP50),
    shownP95: of((r) => r.shownP95),
    paintedP50: of((r) => r.paintedP50),
    paintedP95: of((r) => r.paintedP95),
    urlP50: of((r) => r.urlP50),
    urlP95: of((r) => r.urlP95),
    widening: split((r) => r.widening),
    narrowing: split((r) => r.narrowing),
    ...(errors.length ? { error: errors.join('; ') } : {}),
  }
}

/** The page's median frame interval in ms. */
export const measureFrameInterval = (page: Page): Promise<number> => page.evaluate(frameInterval)

/**
 * Filter-change latency: `count` edits of "From", alternating between `dates` (the quartiles of
 * the records' dates) or, without them, a quarter and half way through the span; `aligned`
 * dispatches each at the start of a frame (see runFilterChanges).
 */
export async function measureFilter(
  page: Page,
  count: number,
  limits: Limits,
  aligned = false,
  dates?: readonly [string, string] | null,
): Promise<LatencySummary> {
  const span = await page.evaluate(fromSpan)
  if (!span) return summarise({ timings: [], error: 'no "From" date input found' })
  const days = daysBetween(span.min, span.max)
  if (days < 4)
    return summarise({
      timings: [],
      error: `the span ${span.min}..${span.max} is too short to move "From" within it`,
    })
  // Neither date may be the span's start: that value is left out of the URL, so it could not be
  // waited for.
  const inside = (d: string) => d > span.min && d <= span.max
  const pair =
    dates && dates.every(inside)
      ? dates
      : [addDaysIso(span.min, Math.round(days / 4)), addDaysIso(span.min, Math.round(days / 2))]
  // The first edit must change the value: a page left on the pair's first date (an odd count of
  // edits before) would otherwise start with an edit that changes nothing and is never written.
  const [a, b] = span.value === pair[0] ? [pair[1], pair[0]] : [pair[0], pair[1]]
  const edits = Array.from({ length: count }, (_, i) => (i % 2 ? b : a))
  const run = await page.evaluate(runFilterChanges, {
    dates: edits,
    timeoutMs: limits.perActionMs,
    settleMs: SETTLE_MS,
    budgetMs: limits.budgetMs,
    aligned,
  })
  // Edit k moved "From" from edits[k - 1] to edits[k]; the first, from wherever the page was, is
  // left out of both.
  const direction = (widens: boolean) => {
    const painted = run.timings.flatMap((t, k) =>
      k > 0 && edits[k]! < edits[k - 1]! === widens ? [t.painted] : [],
    )
    return { n: painted.length, p50: percentile(painted, 50), p95: percentile(painted, 95) }
  }
  return {
    ...summarise(run),
    widening: direction(true),
    narrowing: direction(false),
    paintedMs: run.timings.map((t) => Math.round(t.painted * 10) / 10),
  }
}

/** Selection latency: `count` clicks cycling over three matrix cells. */
export async function measureSelection(
  page: Page,
  count: number,
  limits: Limits,
): Promise<LatencySummary> {
  const cells = await page.evaluate(pickCells, 3)
  if (cells.length < 2)
    return summarise({ timings: [], error: `only ${cells.length} matrix cell(s) to select` })
  return summarise(
    await page.evaluate(runSelections, {
      cells,
      count,
      timeoutMs: limits.perActionMs,
      settleMs: SETTLE_MS,
      budgetMs: limits.budgetMs,
    }),
  )
}

/** Long tasks that started after `since` (page time): the longest and how many exceeded 200 ms. */
export async function longTasksSince(
  page: Page,
  since: number,
): Promise<{ maxMs: number | null; over200: number; count: number }> {
  const tasks = (await page.evaluate(() => window.__bench.longTasks)).filter(
    (t) => t.start >= since,
  )
  return {
    maxMs: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : null,
    over200: tasks.filter((t) => t.duration > 200).length,
    count: tasks.length,
  }
}

/** A view whose PNG export is timed: its name in the results and the element framing its Export menu. */
export interface ExportTarget {
  view: string
  frame: string
}

/** The overview's three views and the evidence panel (which has an Export menu once a cell is selected). */
export const OVERVIEW_EXPORTS: readonly ExportTarget[] = [
  { view: 'matrix', frame: '[data-view="matrix"]' },
  { view: 'casualties', frame: '[data-view="casualties"]' },
  { view: 'meetings', frame: '[data-view="meetings"]' },
  { view: 'evidence', frame: 'aside[aria-label="Evidence"]' },
]

/** The actor timeline page (`/actors/:id`): one Export menu in its main region. */
const TIMELINE_EXPORT: ExportTarget = { view: 'actor-timeline', frame: 'main' }

/** PNG export time per view: Export, then PNG, until the browser starts the download. */
export async function measureExports(
  page: Page,
  targets: readonly ExportTarget[],
  timeoutMs: number,
): Promise<Record<string, ExportResult>> {
  const results: Record<string, ExportResult> = {}
  for (const { view, frame } of targets) {
    const section = page.locator(frame).first()
    const exportButton = section.getByRole('button', { name: 'Export', exact: true })
    if ((await exportButton.count()) === 0) {
      results[view] = { ms: null, note: 'export not available' }
      continue
    }
    try {
      await exportButton.first().click()
      const png = section.getByRole('button', { name: 'PNG', exact: true }).first()
      await png.waitFor({ state: 'visible', timeout: 5000 })
      const since = await page.evaluate(() => performance.now())
      const started = performance.now()
      // Listen before clicking: the download can start while the click is still being reported.
      await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), png.click()])
      const ms = performance.now() - started
      results[view] = { ms, longestTaskMs: (await longTasksSince(page, since)).maxMs }
      await exportButton.first().click()
    } catch (e) {
      const status = await section
        .getByRole('status')
        .allTextContents()
        .catch(() => [])
      const shown = status.filter(Boolean).join(' ')
      results[view] = {
        ms: null,
        note: `export failed: ${(e as Error).message.split('\n')[0]}${shown ? ` (the menu said: ${shown})` : ''}`,
      }
    }
  }
  return results
}

/**
 * Opens the timeline of the actor in the selected cell (`sel=cell:ACTOR:ISSUE`, left by the
 * selection run) and times its export; a fresh page load, so its long tasks are its own.
 */
export async function measureTimelineExport(
  page: Page,
  timeoutMs: number,
  loadMs: number,
): Promise<{ result: ExportResult; tasks: Awaited<ReturnType<typeof longTasksSince>> }> {
  const sel = new URL(page.url()).searchParams.get('sel') ?? ''
  const actor = /^cell:([^:]+):/.exec(sel)?.[1]
  if (!actor)
    return {
      result: { ms: null, note: `no cell selected (sel=${sel})` },
      tasks: { maxMs: null, over200: 0, count: 0 },
    }
  const url = new URL(page.url())
  url.pathname = `/actors/${encodeURIComponent(actor)}`
  url.searchParams.delete('sel')
  await page.goto(url.toString(), { timeout: loadMs })
  await page
    .getByRole('heading', { level: 1, name: /positions by date/ })
    .waitFor({ timeout: loadMs })
  const since = await page.evaluate(() => performance.now())
  const result = (await measureExports(page, [TIMELINE_EXPORT], timeoutMs))[TIMELINE_EXPORT.view]!
  return { result, tasks: await longTasksSince(page, since) }
}
