/**
 * `npm run bench [-- --smoke] [--scales real,10,100,1000] [--seed N] [--reuse-build] [--app-dist DIR]`: builds the
 * app (and a floor page with the same libraries) into bench/out, serves each dataset to headless
 * Chromium, and prints and saves first render, JS size, heap, interaction latencies, PNG export
 * times, long tasks and dataset build times. Full runs write bench/results.json; --smoke writes
 * bench/out/results-smoke.json.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'
import { assertBuildTrusts, viteBuild } from './build'
import {
  buildRealDataset,
  prepareDataset,
  timeDatasetBuild,
  type PreparedDataset,
} from './datasets'
import { FILTER_PAGES, FLOOR_LOADS, parseOptions } from './options'
import { formatProblems, formatTable, smokeFailures } from './table'
import { checkTargets, formatTargets, type BenchResults } from './targets'
import { floorPages, measureDataset } from './scenarios'
import { startServer } from './serve'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'bench', 'out')
const APP_DIST = join(OUT, 'dist')
// Smoke runs build elsewhere so they never pull files from under a full run in progress.
const SMOKE_DIST = join(OUT, 'smoke-dist')
const FLOOR_DIST = join(OUT, 'floor-dist')
const log = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`)

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const started = performance.now()
  mkdirSync(OUT, { recursive: true })
  const appDist = options.appDist
    ? resolve(ROOT, options.appDist)
    : options.smoke
      ? SMOKE_DIST
      : APP_DIST
  const resultsPath = options.smoke
    ? join(OUT, 'results-smoke.json')
    : join(ROOT, 'bench', 'results.json')

  // A given app build (npm test's dist/) was made by `npm run build`, after the dataset it trusts;
  // assertBuildTrusts below refuses it if that file has changed since.
  if (!options.reuseBuild && !options.appDist) {
    // The build trusts the dataset file that exists when it starts, so that file comes first, and
    // rebuilt, so that it matches the annotations now in data/.
    log('building the real dataset (npm run data)')
    buildRealDataset(ROOT)
    log(`building the app into ${relative(ROOT, appDist)}`)
    viteBuild(ROOT, ['--outDir', appDist, '--emptyOutDir'], 'app')
  }
  if (!options.reuseBuild || !existsSync(FLOOR_DIST)) {
    log('building the floor page into bench/out/floor-dist')
    viteBuild(ROOT, ['--config', 'bench/floor/vite.config.ts'], 'floor')
  }

  const datasetBuildMs: Record<string, number | null> = {}
  const notes: string[] = []
  if (options.timeBuild) {
    for (const scale of [10, 100]) {
      log(`timing the dataset build on a synthetic x${scale} authoring tree`)
      const t = timeDatasetBuild(ROOT, scale, options.seed)
      datasetBuildMs[`x${scale}`] = t.ms
      if (t.error) notes.push(`dataset build x${scale}: ${t.error}`)
    }
  }

  const prepared: PreparedDataset[] = []
  for (const key of options.datasets) {
    log(`preparing dataset ${key}`)
    prepared.push(prepareDataset(ROOT, key, options.seed))
  }

  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS,
  })
  const results: BenchResults = { floor: null, datasets: {}, datasetBuildMs }
  const meta = {
    date: new Date().toISOString(),
    mode: options.smoke ? 'smoke' : 'full',
    machine: {
      platform: platform(),
      release: release(),
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 10) / 10),
    },
    versions: {
      node: process.version,
      chromium: browser.version(),
      playwright: (
        JSON.parse(
          readFileSync(join(ROOT, 'node_modules', '@playwright', 'test', 'package.json'), 'utf8'),
        ) as { version: string }
      ).version,
    },
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: (git(['status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
    seed: options.seed,
    method: {
      firstRender:
        "navigation start to the first animation frame in which the matrix table, the casualty SVG and the meeting graph (SVG or canvas) exist (floor: its line path); median over cold loads in fresh contexts, the floor's alternating with the real dataset's. Synthetic scales are built as the app's own dataset (validated at build time, not again in the browser); \"validated\" is the same from a build that must validate the file in the browser",
      jsGzip: 'every .js file requested before first render, gzip level 9 with zlib, summed',
      heap: 'CDP Performance.getMetrics JSHeapUsedSize 1 s after first render, after HeapProfiler.collectGarbage; main thread only (a Web Worker heap is not included)',
      latency:
        '"From" alternates between the first and third quartiles of the records\' dates (filterDates of each dataset), so each change takes about half the records in or out of range; p50/p95 from dispatch to the first frame showing the change (the input shows the date / the cell is pressed and the evidence changed, and every view and the timeline carry the new range in data-range; the app writes the URL after that frame, decision 012, and urlP50/urlP95 time that write): "painted" to the end of that frame\'s main-thread work (a message posted from its rAF), "shown" to its rAF (a lower bound), p50/p95 to the rAF after it (an upper bound). filterAligned dispatches each edit at the start of a frame (in a rAF callback, as Chrome delivers a drag\'s pointer moves), filter from a timer at any point of a frame (as typed); the filter targets read filterAligned.paintedP95; widening/narrowing split the painted times by whether the edit moved "From" earlier (records come into range) or later. The real dataset\'s filter runs are repeated on 5 fresh pages (filterRuns) and each number is the median over the pages (the targets are medians); selections and exports are timed on the first page only',
      longTasks:
        'PerformanceObserver longtask entries that started after load, during both filter runs and the selection run (the x1000 target); longTasksDuringExports: the same during the PNG exports, reported beside it',
      floorFilter:
        "the floor page keeps \"From\" in the URL with the router's setSearchParams and draws the points after it; its filter changes are timed as the real dataset's (same dates, both runs, 5 fresh pages, medians over pages), each of its pages taken just before one of the real dataset's (decision 013)",
      cpuStealPercent:
        'share of all CPU time the hypervisor stole while a dataset was measured, from /proc/stat (null off Linux)',
      export: 'click Export, click PNG, until Playwright sees the download',
      server: 'loopback Node server, no compression, dataset streamed from disk',
    },
    viewport: '1280x900',
  }
  const save = (partial: boolean) => {
    const targets = checkTargets(results)
    writeFileSync(
      resultsPath,
      JSON.stringify({ ...meta, partial, ...results, targets, notes }, null, 2) + '\n',
    )
    return targets
  }

  try {
    // The floor's loads alternate with the real dataset's; without the real dataset, they run alone.
    const floorServer = await startServer(FLOOR_DIST)
    // Its filter changes move "From" between the real dataset's dates, as the app's do.
    const realDates = prepared.find((p) => p.key === 'real')?.filterDates ?? null
    const floor = floorPages(browser, floorServer, FLOOR_DIST, {
      filterChanges: options.filterChanges,
      filterDates: realDates,
    })
    if (!options.datasets.includes('real')) {
      log('measuring the floor page')
      for (let i = 0; i < FLOOR_LOADS; i++) await floor.loadOnce()
      for (let i = 0; i < FILTER_PAGES; i++) await floor.filterPageOnce()
      results.floor = floor.summary()
    }
    // appDist trusts only the real dataset; a synthetic one is measured from a build made with it
    // as the app's own dataset (validated at build time, as shipped), and its first render once
    // more from appDist, where the browser has to validate it (docs/decisions/007).
    const server = await startServer(appDist)
    for (const p of prepared) {
      let dist = appDist
      if (p.key !== 'real') {
        dist = join(OUT, `dist-${p.key}`)
        if (!options.reuseBuild || !existsSync(dist)) {
          log(`building the app with ${p.key} as its own dataset into ${relative(ROOT, dist)}`)
          viteBuild(ROOT, ['--outDir', dist, '--emptyOutDir'], `app (${p.key})`, {
            BLUELINE_TRUSTED_DATASET: p.path,
          })
        }
      }
      if (dist !== appDist || p.key === 'real') assertBuildTrusts(dist, p.path, p.key)
      const own = dist === appDist ? server : await startServer(dist)
      const withFloor = p.key === 'real' ? ' with the floor page in turn' : ''
      log(
        `measuring ${p.key} (${(p.bytes / 1e6).toFixed(1)} MB, ${options.loads(p.key)} load(s))${withFloor}`,
      )
      results.datasets[p.key] = await measureDataset(
        browser,
        own,
        dist,
        p,
        {
          loads: options.loads(p.key),
          filterPages: options.filterPages(p.key),
          filterChanges: options.filterChanges,
          selections: options.selections,
        },
        dist === appDist ? undefined : { server, distDir: appDist },
        withFloor ? { load: floor.loadOnce, filterPage: floor.filterPageOnce } : undefined,
      )
      if (withFloor) results.floor = floor.summary()
      if (own !== server) await own.close()
      save(true)
    }
    await server.close()
    await floorServer.close()
  } finally {
    await browser.close()
  }

  const targets = save(false)
  console.log(formatTable(results))
  if (!options.smoke) console.log(`\nTargets\n${formatTargets(targets)}`)
  const problems = [...formatProblems(results), ...notes]
  if (problems.length) console.log(`\nNotes\n${problems.map((p) => `- ${p}`).join('\n')}`)
  // The smoke run is part of npm test: it fails when the bench cannot take its numbers.
  const failures = options.smoke ? smokeFailures(results) : []
  if (failures.length) {
    console.error(`\nsmoke run failed:\n${failures.map((f) => `- ${f}`).join('\n')}`)
    process.exitCode = 1
  }
  console.log(
    `\nwrote ${relative(ROOT, resultsPath)} in ${Math.round((performance.now() - started) / 1000)} s`,
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
