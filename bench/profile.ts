/**
 * `npm run bench:profile -- [--scale 1000|real] [--changes 6] [--selections 4] [--path /] [--heap]`: where the time of filter
 * changes and selections goes. Builds the app unminified with the synthetic scale as its own dataset
 * (bench/out/dist-x<scale>-profile), records a CPU profile over the interactions and prints the
 * functions with the most self time, then every long task with its start and duration. A tool for
 * finding work to cut, not a measurement: profiling itself slows the page.
 */
import { writeFileSync } from 'node:fs'
import { resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { CDPSession } from '@playwright/test'
import { measureFilter, measureSelection } from './interactions'
import { withToolPage } from './tool-page'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time in ms per function (name, file and line), largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame
    const file = f.url.split('/').pop() || '(native)'
    const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...totals].sort((a, b) => b[1] - a[1])
}

/** Runs of samples with no idle between them (about one task each) longer than `minMs`, with their top functions. */
function busyPeriods(profile: Profile, minMs: number): { ms: number; top: [string, number][] }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const out: { ms: number; top: [string, number][] }[] = []
  let current = new Map<string, number>()
  let ms = 0
  const close = () => {
    if (ms >= minMs) out.push({ ms, top: [...current].sort((a, b) => b[1] - a[1]).slice(0, 8) })
    current = new Map()
    ms = 0
  }
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    if (f.functionName === '(idle)') return close()
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}:${f.lineNumber + 1}`
    current.set(key, (current.get(key) ?? 0) + dt)
    ms += dt
  })
  close()
  return out
}

interface AllocationNode {
  callFrame: { functionName: string; url: string; lineNumber: number }
  selfSize: number
  children: AllocationNode[]
}

/**
 * Samples allocations, kept or collected, while `run` times filter changes, and prints the bytes
 * allocated per change, by the function that allocated them. At x1000 the long tasks are V8
 * marking a 400 MB heap, and what a change allocates decides how often it has to.
 */
async function heapProfile(
  cdp: CDPSession,
  run: () => Promise<{ n: number; paintedP50: number | null }>,
): Promise<void> {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  })
  const filter = await run()
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as {
    profile: { head: AllocationNode }
  }
  const totals = new Map<string, number>()
  let all = 0
  const walk = (n: AllocationNode) => {
    const f = n.callFrame
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop() || '(native)'}:${f.lineNumber + 1}`
    totals.set(key, (totals.get(key) ?? 0) + n.selfSize)
    all += n.selfSize
    n.children.forEach(walk)
  }
  walk(profile.head)
  const perChange = (bytes: number) => (bytes / Math.max(1, filter.n) / 1e6).toFixed(2).padStart(8)
  console.log(`filter changes: ${filter.n}, to paint p50 ${filter.paintedP50?.toFixed(1)} ms`)
  console.log(`\nMB allocated per change, top 30\n${perChange(all)}  (all)`)
  for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${perChange(bytes)}  ${name}`)
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      scale: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      changes: { type: 'string', default: '6' },
      selections: { type: 'string', default: '4' },
      /** The page to profile, e.g. /matrix: its views are the ones that redraw. */
      path: { type: 'string', default: '/' },
      'reuse-build': { type: 'boolean', default: false },
      /** Sample allocations over the filter changes instead of the CPU (what feeds the GC). */
      heap: { type: 'boolean', default: false },
      /** Also write the raw profile here (for Chrome DevTools' Performance panel). */
      out: { type: 'string' },
    },
  })
  await withToolPage(
    {
      root: ROOT,
      tool: 'profile',
      scale: values.scale,
      seed: Number(values.seed),
      path: values.path,
      reuseBuild: values['reuse-build'],
      buildArgs: ['--minify', 'false'],
    },
    async (open, { prepared, limits }) => {
      console.log(`first render ${Math.round(open.load.firstRenderMs ?? 0)} ms`)
      const { page } = open
      const since = await page.evaluate(() => performance.now())
      const cdp = await open.context.newCDPSession(page)
      if (values.heap) {
        await heapProfile(cdp, () =>
          measureFilter(page, Number(values.changes), limits, true, prepared.filterDates),
        )
        return
      }
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
      const filter = await measureFilter(
        page,
        Number(values.changes),
        limits,
        true,
        prepared.filterDates,
      )
      const selection = await measureSelection(page, Number(values.selections), limits)
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
      if (values.out) writeFileSync(values.out, JSON.stringify(profile))
      console.log('filter', JSON.stringify(filter))
      console.log('selection', JSON.stringify(selection))
      console.log('\nself time (ms), top 40')
      for (const [name, ms] of selfTimes(profile).slice(0, 40))
        console.log(`${ms.toFixed(1).padStart(9)}  ${name}`)
      console.log('\nbusy periods over 100 ms (no idle sample inside), with their top functions')
      for (const b of busyPeriods(profile, 100))
        console.log(
          `  ${b.ms.toFixed(0)} ms: ${b.top.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(' | ')}`,
        )
      const tasks = (await page.evaluate(() => window.__bench.longTasks)).filter(
        (t) => t.start >= since,
      )
      console.log(`\nlong tasks after load (ms from the first change): ${tasks.length}`)
      for (const t of tasks)
        console.log(`  at ${Math.round(t.start - since)}: ${Math.round(t.duration)}`)
    },
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
