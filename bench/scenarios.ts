import { loadavg } from 'node:os'
import { cpuTicks, stealPercent } from './cpu-steal'
import type { Browser } from '@playwright/test'
import {
  longTasksSince,
  measureExports,
  measureTimelineExport,
  OVERVIEW_EXPORTS,
  measureFilter,
  measureFrameInterval,
  measureSelection,
  medianOfRuns,
  type ExportResult,
  type LatencySummary,
  type Limits,
} from './interactions'
import { jsGzipTotal, loadPage, type LoadResult } from './measure'
import type { PreparedDataset } from './datasets'
import type { BenchServer } from './serve'
import { median } from './stats'

/** The first-render conditions of the overview: all three views have drawn something. */
export const OVERVIEW_READY = [
  '[data-view="matrix"] table',
  '[data-view="casualties"] svg',
  // A large graph is drawn on a canvas.
  '[data-view="meetings"] svg, [data-view="meetings"] canvas',
]
/** The floor page is ready when its one line is drawn. */
const FLOOR_READY = ['svg path.recharts-line-curve']

/** Numbers from cold loads of one page (medians over the loads that succeeded). */
export interface LoadSummary {
  loads: number
  firstRenderMs: number | null
  firstRenderAllMs: (number | null)[]
  jsGzipBytes: number | null
  js: LoadResult['js']
  heapBytes: number | null
  longTasksDuringLoad: LoadResult['longTasksDuringLoad'] | null
  errors: string[]
}

/** The floor's cold loads, and its filter changes timed as the app's are (decision 013). */
export interface FloorSummary extends LoadSummary {
  filter: LatencySummary | null
  filterAligned: LatencySummary | null
  filterRuns: { filter: LatencySummary[]; filterAligned: LatencySummary[] } | null
}

/** Everything measured for one dataset. */
export interface DatasetResult extends LoadSummary {
  dataset: Omit<PreparedDataset, 'path'> & { file: string }
  frameIntervalMs: number | null
  /** The machine's 1-minute load average before and after: other work on the machine skews every number. */
  loadAverage: { before: number; after: number | null }
  /** Percent of the machine's CPU time taken by the hypervisor while this dataset was measured. */
  cpuStealPercent: number | null
  /** Edits dispatched from a timer, at any point of a frame (as typed); medians over `filterRuns`. */
  filter: LatencySummary | null
  /** Edits dispatched at the start of a frame (as a drag's pointer moves arrive). */
  filterAligned: LatencySummary | null
  /** Each page's own filter summaries, the first from the page that also times selections. */
  filterRuns: { filter: LatencySummary[]; filterAligned: LatencySummary[] } | null
  selection: LatencySummary | null
  /** Long tasks during the filter and selection runs (the x1000 target's window). */
  longTasksAfterLoad: { maxMs: number | null; over200: number; count: number } | null
  /** Long tasks during the PNG exports, reported beside it: an export is a deliberate wait. */
  longTasksDuringExports: { maxMs: number | null; over200: number; count: number } | null
  exports: Record<string, ExportResult> | null
  /**
   * First render when the app was not built with this dataset, so the browser validates it (an
   * analyst's own file, or the file swapped after the build): median and every load.
   */
  validated: {
    firstRenderMs: number | null
    firstRenderAllMs: (number | null)[]
    errors: string[]
  } | null
}

function summariseLoads(loads: LoadResult[]): LoadSummary {
  const ok = loads.filter((l) => l.firstRenderMs !== null)
  const heaps = ok.map((l) => l.heapBytes).filter((h) => h !== null)
  return {
    loads: loads.length,
    firstRenderMs: median(ok.map((l) => l.firstRenderMs!)),
    firstRenderAllMs: loads.map((l) => l.firstRenderMs),
    jsGzipBytes: ok[0] ? jsGzipTotal(ok[0]) : null,
    js: ok[0]?.js ?? [],
    heapBytes: median(heaps),
    longTasksDuringLoad: ok[0]?.longTasksDuringLoad ?? null,
    errors: loads.flatMap((l, i) => (l.error ? [`load ${i + 1}: ${l.error}`] : [])),
  }
}

/**
 * Cold loads of the floor page and pages timing its filter changes, each taken one at a time
 * between the real dataset's (see `Interleave`), so drift in the machine's load weighs on both
 * sides of their ratio alike.
 */
export function floorPages(
  browser: Browser,
  server: BenchServer,
  distDir: string,
  run: { filterChanges: number; filterDates: readonly [string, string] | null },
) {
  const results: LoadResult[] = []
  const runs = { filter: [] as LatencySummary[], filterAligned: [] as LatencySummary[] }
  const errors: string[] = []
  const limits = limitsFor(0)
  return {
    loadOnce: async () => {
      const open = await loadPage(browser, server, distDir, '/', FLOOR_READY, 60_000)
      results.push(open.load)
      await open.context.close()
    },
    /** A fresh page timing the floor's filter changes as `measureDataset` times the app's. */
    filterPageOnce: async () => {
      const open = await loadPage(browser, server, distDir, '/', FLOOR_READY, 60_000)
      try {
        if (open.load.firstRenderMs === null) throw new Error(open.load.error ?? 'no first render')
        const { page } = open
        const dates = run.filterDates
        runs.filter.push(await measureFilter(page, run.filterChanges, limits, false, dates))
        runs.filterAligned.push(await measureFilter(page, run.filterChanges, limits, true, dates))
      } catch (e) {
        errors.push(`filter page: ${(e as Error).message.split('\n')[0]}`)
      } finally {
        await open.context.close()
      }
    },
    summary: (): FloorSummary => {
      const loads = summariseLoads(results)
      const timed = runs.filter.length > 0
      return {
        ...loads,
        errors: [...loads.errors, ...errors],
        filter: timed ? medianOfRuns(runs.filter) : null,
        filterAligned: timed ? medianOfRuns(runs.filterAligned) : null,
        filterRuns: timed ? runs : null,
      }
    },
  }
}

/** Another page's work, taken in turn with a dataset's: before each cold load and each filter page. */
export interface Interleave {
  load: () => Promise<void>
  filterPage: () => Promise<void>
}

/** Timeouts by dataset size: seconds for the real data, minutes for x1000. */
export function limitsFor(bytes: number): Limits & { loadMs: number } {
  const mb = bytes / 1e6
  if (mb < 5) return { loadMs: 60_000, perActionMs: 10_000, budgetMs: 120_000 }
  if (mb < 50) return { loadMs: 180_000, perActionMs: 30_000, budgetMs: 240_000 }
  // x1000 gets fewer interactions if each takes seconds: the run must end in minutes, not hours.
  return { loadMs: 600_000, perActionMs: 120_000, budgetMs: 180_000 }
}

/**
 * Cold-loads the overview with `prepared` as the dataset, then on the last load times filter
 * changes, selections (watching long tasks meanwhile) and each view's PNG export.
 */
export async function measureDataset(
  browser: Browser,
  server: BenchServer,
  distDir: string,
  prepared: PreparedDataset,
  run: { loads: number; filterPages: number; filterChanges: number; selections: number },
  /** A build that does not trust this dataset, to time first render with validation in the browser. */
  untrusted?: { server: BenchServer; distDir: string },
  /** The floor's loads and filter pages, taken in turn with this dataset's. */
  interleave?: Interleave,
): Promise<DatasetResult> {
  server.setDataset(prepared.path)
  const limits = limitsFor(prepared.bytes)
  const { path, ...info } = prepared
  const ticks = cpuTicks()
  const result: DatasetResult = {
    ...summariseLoads([]),
    dataset: { ...info, file: path },
    frameIntervalMs: null,
    loadAverage: { before: loadavg()[0]!, after: null },
    cpuStealPercent: null,
    filter: null,
    filterAligned: null,
    filterRuns: null,
    selection: null,
    longTasksAfterLoad: null,
    longTasksDuringExports: null,
    exports: null,
    validated: null,
  }
  const loads: LoadResult[] = []
  for (let i = 0; i < run.loads; i++) {
    await interleave?.load()
    // The last load's page times the first filter changes: the floor's first filter page goes
    // before it, so only one page is ever open.
    if (i === run.loads - 1) await interleave?.filterPage()
    const open = await loadPage(browser, server, distDir, '/', OVERVIEW_READY, limits.loadMs)
    loads.push(open.load)
    const last = i === run.loads - 1
    if (!last || open.load.firstRenderMs === null) {
      await open.context.close()
      // A dataset that cannot load once will not load on the next try either.
      if (open.load.firstRenderMs === null) break
      continue
    }
    Object.assign(result, summariseLoads(loads))
    const { page } = open
    try {
      result.frameIntervalMs = await measureFrameInterval(page)
      const since = await page.evaluate(() => performance.now())
      const dates = prepared.filterDates
      result.filter = await measureFilter(page, run.filterChanges, limits, false, dates)
      result.filterAligned = await measureFilter(page, run.filterChanges, limits, true, dates)
      result.selection = await measureSelection(page, run.selections, limits)
      result.longTasksAfterLoad = await longTasksSince(page, since)
      const exportsFrom = await page.evaluate(() => performance.now())
      result.exports = await measureExports(page, OVERVIEW_EXPORTS, limits.perActionMs * 2)
      const during = await longTasksSince(page, exportsFrom)
      // Last: the timeline is another page, and the overview's numbers are taken by then.
      const timeline = await measureTimelineExport(page, limits.perActionMs * 2, limits.loadMs)
      result.exports['actor-timeline'] = timeline.result
      result.longTasksDuringExports = {
        maxMs: Math.max(during.maxMs ?? 0, timeline.tasks.maxMs ?? 0) || null,
        over200: during.over200 + timeline.tasks.over200,
        count: during.count + timeline.tasks.count,
      }
    } catch (e) {
      const why = open.crashed()
        ? 'the renderer crashed (out of memory?)'
        : (e as Error).message.split('\n')[0]!
      result.errors.push(`interactions: ${why}`)
    }
    await open.context.close()
    if (result.filter && result.filterAligned && run.filterPages > 1)
      await timeFilterOnMorePages(browser, server, distDir, prepared, run, result, interleave)
    if (untrusted)
      result.validated = await measureValidatedLoads(
        browser,
        untrusted,
        prepared,
        run.loads,
        limits.loadMs,
      )
    result.loadAverage.after = loadavg()[0]!
    result.cpuStealPercent = stealPercent(ticks, cpuTicks())
    return result
  }
  result.loadAverage.after = loadavg()[0]!
  result.cpuStealPercent = stealPercent(ticks, cpuTicks())
  return Object.assign(result, summariseLoads(loads))
}

/**
 * Times the filter changes again on `run.filterPages - 1` fresh pages, each as the first page did
 * (edits from a timer, then at frames' starts), and replaces the summaries with the medians over
 * all pages; each page's own stays in `filterRuns`.
 */
async function timeFilterOnMorePages(
  browser: Browser,
  server: BenchServer,
  distDir: string,
  prepared: PreparedDataset,
  run: { filterPages: number; filterChanges: number },
  result: DatasetResult,
  interleave?: Interleave,
): Promise<void> {
  const limits = limitsFor(prepared.bytes)
  const runs = { filter: [result.filter!], filterAligned: [result.filterAligned!] }
  for (let i = 1; i < run.filterPages; i++) {
    await interleave?.filterPage()
    const open = await loadPage(browser, server, distDir, '/', OVERVIEW_READY, limits.loadMs)
    try {
      if (open.load.firstRenderMs === null) throw new Error(open.load.error ?? 'no first render')
      const dates = prepared.filterDates
      runs.filter.push(await measureFilter(open.page, run.filterChanges, limits, false, dates))
      runs.filterAligned.push(
        await measureFilter(open.page, run.filterChanges, limits, true, dates),
      )
    } catch (e) {
      result.errors.push(`filter page ${i + 1}: ${(e as Error).message.split('\n')[0]}`)
    } finally {
      await open.context.close()
    }
  }
  result.filterRuns = runs
  result.filter = medianOfRuns(runs.filter)
  result.filterAligned = medianOfRuns(runs.filterAligned)
}

/** Cold loads of the overview from a build that must validate the dataset in the browser. */
async function measureValidatedLoads(
  browser: Browser,
  untrusted: { server: BenchServer; distDir: string },
  prepared: PreparedDataset,
  loads: number,
  loadMs: number,
): Promise<NonNullable<DatasetResult['validated']>> {
  untrusted.server.setDataset(prepared.path)
  const results: LoadResult[] = []
  for (let i = 0; i < loads; i++) {
    const open = await loadPage(
      browser,
      untrusted.server,
      untrusted.distDir,
      '/',
      OVERVIEW_READY,
      loadMs,
    )
    results.push(open.load)
    await open.context.close()
    if (open.load.firstRenderMs === null) break
  }
  const { firstRenderMs, firstRenderAllMs, errors } = summariseLoads(results)
  return { firstRenderMs, firstRenderAllMs, errors }
}
