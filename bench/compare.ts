/**
 * `npm run bench:compare -- DIST_A DIST_B [--rounds 6] [--changes 30] [--path /matrix]`: which of
 * two builds of the app is faster at a filter change on the real dataset. The builds' pages
 * alternate (A, B, A, B ...), each page a fresh context timing `changes` edits of "From" dispatched
 * at a frame's start, as `npm run bench` does, so a drift in the machine's speed falls on both.
 * Prints each build's median and p95 to paint over all its edits, and split by direction. For
 * deciding whether a change pays before running the whole bench; not a measurement of record.
 * Make the builds with `npx vite build --outDir bench/out/ab-a` and so on, after `npm run data`.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'
import { assertBuildTrusts } from './build'
import { cpuTicks, stealPercent } from './cpu-steal'
import { prepareDataset } from './datasets'
import { frameInterval, runFilterChanges } from './in-page'
import { loadPage } from './measure'
import { startServer } from './serve'
import { readyOn } from './tool-page'
import { percentile } from './stats'

const ROOT = resolve(import.meta.dirname, '..')

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '6' },
      changes: { type: 'string', default: '30' },
      path: { type: 'string', default: '/' },
    },
  })
  if (positionals.length !== 2) {
    console.error('usage: npm run bench:compare -- DIST_A DIST_B [--rounds 6] [--changes 30]')
    process.exit(2)
  }
  const dataset = prepareDataset(ROOT, 'real', 7)
  const [q1, q3] = dataset.filterDates ?? ['2024-10-31', '2024-11-20']
  const builds = positionals.map((dir) => ({ dir: resolve(dir), painted: [] as number[] }))
  const edits = Array.from({ length: Number(values.changes) + 1 }, (_, i) => (i % 2 ? q3 : q1))
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS,
  })
  try {
    for (const b of builds) assertBuildTrusts(b.dir, dataset.path, b.dir)
    const servers = await Promise.all(builds.map((b) => startServer(b.dir)))
    for (const s of servers) s.setDataset(dataset.path)
    const ticks = cpuTicks()
    const widening: number[][] = builds.map(() => [])
    const narrowing: number[][] = builds.map(() => [])
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [i, b] of builds.entries()) {
        const ready = readyOn(values.path)
        const open = await loadPage(browser, servers[i]!, b.dir, values.path, ready, 60_000)
        if (open.load.error) throw new Error(`${b.dir}: ${open.load.error}`)
        await open.page.evaluate(frameInterval)
        const run = await open.page.evaluate(runFilterChanges, {
          dates: edits,
          timeoutMs: 10_000,
          settleMs: 100,
          budgetMs: 120_000,
          aligned: true,
        })
        if (run.error) throw new Error(`${b.dir}: ${run.error}`)
        // The first edit starts from wherever the page was: left out, as the bench does.
        run.timings.slice(1).forEach((t, k) => {
          b.painted.push(t.painted)
          ;(edits[k + 1]! < edits[k]! ? widening : narrowing)[i]!.push(t.painted)
        })
        await open.context.close()
      }
    }
    await Promise.all(servers.map((s) => s.close()))
    const stolen = stealPercent(ticks, cpuTicks())
    const fmt = (xs: number[]) =>
      `${percentile(xs, 50)?.toFixed(1)} / ${percentile(xs, 95)?.toFixed(1)}`
    console.log('build  edits  to paint p50 / p95 (ms)  widening  narrowing')
    builds.forEach((b, i) =>
      console.log(
        `${'AB'[i]}      ${String(b.painted.length).padEnd(5)}  ${fmt(b.painted).padEnd(23)}  ${fmt(widening[i]!).padEnd(11)} ${fmt(narrowing[i]!)}   ${b.dir}`,
      ),
    )
    if (stolen !== null)
      console.log(`CPU stolen by the hypervisor meanwhile: ${stolen.toFixed(1)}%`)
  } finally {
    await browser.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
