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
import { withToolPage } from './tool-page'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

/** Self time in µs per event name on one thread: each complete event's duration less its children's. */
export function selfTimesOf(events: TraceEvent[]): Map<string, number> {
  const complete = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const totals = new Map<string, number>()
  const stack: { end: number; name: string; self: number }[] = []
  const pop = () => {
    const top = stack.pop()!
    totals.set(top.name, (totals.get(top.name) ?? 0) + top.self)
  }
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.end <= e.ts) pop()
    const parent = stack.at(-1)
    if (parent) parent.self -= Math.min(e.dur!, parent.end - e.ts)
    stack.push({ end: e.ts + e.dur!, name: e.name, self: e.dur! })
  }
  while (stack.length) pop()
  return totals
}

/** The renderer main thread of the page under test: the CrRendererMain with the most events. */
function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`)
  const counts = new Map(mains.map((k) => [k, 0]))
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`
    if (counts.has(k)) counts.set(k, counts.get(k)! + 1)
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  return events.filter((e) => `${e.pid}:${e.tid}` === main)
}

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
