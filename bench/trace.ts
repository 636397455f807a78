/**
 * `npm run bench:trace -- [--scale real|10|100] [--changes 30] [--path /] [--out F]`: where a filter change's time goes
 * inside the browser, not only in JavaScript. Records a Chrome trace over filter changes (each
 * dispatched at a frame's start, as `npm run bench` times them) and prints the renderer main
 * thread's self time per trace event (script, style recalculation, layout, paint, GC ...) divided by
 * the number of changes. The CPU profile of `bench:profile` lumps style, layout and paint into
 * "(program)"; this splits them. A tool for finding work to cut, not a measurement: tracing slows
 * the page.
 */
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measureFilter } from './interactions'
import { mainThreadEvents, selfTimesOf, type TraceEvent } from './trace-events'
import { withToolPage } from './tool-page'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      scale: { type: 'string', default: 'real' },
      seed: { type: 'string', default: '7' },
      changes: { type: 'string', default: '30' },
      /** The page to trace, e.g. /matrix: its views are the ones that redraw. */
      path: { type: 'string', default: '/' },
      /** Also write the raw trace here (for Chrome DevTools' Performance panel or Perfetto). */
      out: { type: 'string' },
      'reuse-build': { type: 'boolean', default: false },
    },
  })
  const changes = Number(values.changes)
  await withToolPage(
    {
      root: ROOT,
      tool: 'trace',
      scale: values.scale,
      seed: Number(values.seed),
      path: values.path,
      reuseBuild: values['reuse-build'],
    },
    async (open, { prepared, limits, browser }) => {
      await browser.startTracing(open.page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
      })
      const filter = await measureFilter(open.page, changes, limits, true, prepared.filterDates)
      const raw = await browser.stopTracing()
      if (values.out) writeFileSync(values.out, raw)
      const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] }
      console.log(
        `filter to paint p50 / p95 while tracing: ${filter.paintedP50?.toFixed(1)} / ${filter.paintedP95?.toFixed(1)} ms over ${filter.n}`,
      )
      const totals = selfTimesOf(mainThreadEvents(trace.traceEvents))
      const rows = [...totals].sort((a, b) => b[1] - a[1]).filter(([, us]) => us / changes >= 50)
      const all = [...totals.values()].reduce((a, b) => a + b, 0)
      console.log(`\nrenderer main thread, self time per change (ms), events ≥ 0.05 ms`)
      console.log(`${(all / changes / 1000).toFixed(2).padStart(8)}  (all events)`)
      for (const [name, us] of rows)
        console.log(`${(us / changes / 1000).toFixed(2).padStart(8)}  ${name}`)
    },
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
