import { describe, expect, it } from 'vitest'
import { parseCpuLine, stealPercent } from './cpu-steal'
import { medianOfRuns, type LatencySummary } from './interactions'
import type { DatasetResult, FloorSummary } from './scenarios'
import { smokeFailures } from './table'
import { checkTargets, type BenchResults } from './targets'
import { selfTimesOf, type TraceEvent } from './trace-events'

// The bench itself runs only by hand (`npm run bench`); its arithmetic is tested here, so a wrong
// median or a misread counter cannot slip into results.json unnoticed.

const summary = (p95: number, extra: Partial<LatencySummary> = {}): LatencySummary => ({
  n: 30,
  p50: p95 / 2,
  p95,
  shownP50: null,
  shownP95: null,
  paintedP50: p95 / 2,
  paintedP95: p95,
  ...extra,
})

describe('medianOfRuns', () => {
  it('takes the median page for each percentile and sums the counts', () => {
    const m = medianOfRuns([summary(20), summary(30), summary(25)])
    expect(m.paintedP95).toBe(25)
    expect(m.p50).toBe(12.5)
    expect(m.n).toBe(90)
  })

  it('takes the upper middle of an even count, so a lost page never flatters the result', () => {
    expect(medianOfRuns([summary(10), summary(20)]).paintedP95).toBe(20)
  })

  it('keeps each page’s error with the page it came from', () => {
    const m = medianOfRuns([summary(10), summary(20, { error: 'timed out' })])
    expect(m.error).toBe('page 2: timed out')
  })
})

describe('parseCpuLine and stealPercent', () => {
  it('reads steal as the eighth counter and leaves guest time out of the total', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice
    expect(parseCpuLine('cpu  100 0 50 800 10 0 5 35 999 999')).toEqual({ steal: 35, total: 1000 })
  })

  it('refuses a line that is not the machine’s total', () => {
    expect(parseCpuLine('cpu0 1 2 3 4 5 6 7 8')).toBeNull()
    expect(parseCpuLine('cpu 1 2 3')).toBeNull()
    expect(parseCpuLine('cpu 1 2 x 4 5 6 7 8')).toBeNull()
  })

  it('gives the stolen share of the time between two readings', () => {
    expect(stealPercent({ steal: 10, total: 1000 }, { steal: 30, total: 1400 })).toBe(5)
    expect(stealPercent({ steal: 10, total: 1000 }, { steal: 10, total: 1000 })).toBeNull()
    expect(stealPercent(null, { steal: 1, total: 2 })).toBeNull()
  })
})

describe('selfTimesOf', () => {
  const ev = (name: string, ts: number, dur: number): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: 1,
    tid: 1,
  })

  it('subtracts nested events from their parent', () => {
    const totals = selfTimesOf([
      ev('Task', 0, 100),
      ev('Layout', 10, 30),
      ev('Paint', 50, 20),
      ev('Task', 200, 10),
    ])
    expect(Object.fromEntries(totals)).toEqual({ Task: 60, Layout: 30, Paint: 20 })
  })

  it('ignores events that are not complete ones', () => {
    expect(selfTimesOf([{ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1 }]).size).toBe(0)
  })
})

describe('checkTargets', () => {
  const dataset = (fields: Record<string, unknown>) => fields as unknown as DatasetResult
  const results = (real: number, x100FirstRender: number, floorP95?: number): BenchResults => ({
    floor: {
      firstRenderMs: 100,
      jsGzipBytes: 1000,
      filterAligned: floorP95 === undefined ? null : summary(floorP95),
    } as unknown as FloorSummary,
    datasets: {
      real: dataset({ filterAligned: summary(real), firstRenderMs: 110, jsGzipBytes: 800 }),
      x100: dataset({ firstRenderMs: x100FirstRender }),
    },
    datasetBuildMs: {},
  })
  const find = (r: BenchResults, start: string) =>
    checkTargets(r).find((t) => t.target.startsWith(start))!

  it('meets a "≤" target at its limit and misses a "<" target there', () => {
    expect(find(results(16, 1500), 'real: filter').met).toBe(true)
    expect(find(results(16.1, 1500), 'real: filter').met).toBe(false)
    expect(find(results(16, 1500), 'x100: first render').met).toBe(false)
    expect(find(results(16, 1499), 'x100: first render').met).toBe(true)
  })

  it('names the floor’s own filter p95 beside the real target when it was timed', () => {
    expect(find(results(20, 1000, 6.4), 'real: filter').note).toContain(
      "the floor page's own: p95 6.4 ms",
    )
    expect(find(results(20, 1000), 'real: filter').note).toBeUndefined()
  })

  it('leaves a target unmeasured, not met, when its dataset did not run', () => {
    expect(find(results(20, 1000), 'x1000').met).toBeNull()
  })
})

describe('smokeFailures', () => {
  const measured = (): BenchResults => ({
    floor: {
      firstRenderMs: 100,
      errors: [],
      filter: summary(20),
      filterAligned: summary(6),
    } as unknown as FloorSummary,
    datasets: {
      real: {
        errors: [],
        firstRenderMs: 110,
        filter: summary(25, { urlP95: 20 }),
        filterAligned: summary(20),
        selection: summary(15),
        exports: {},
      } as unknown as DatasetResult,
    },
    datasetBuildMs: {},
  })

  it('passes a run that took every number, whatever the targets say', () => {
    expect(smokeFailures(measured())).toEqual([])
  })

  it('fails on a number not taken and on an error, the floor’s included', () => {
    const r = measured()
    r.floor!.filterAligned = summary(6, { paintedP95: null, error: 'page 1: timed out' })
    expect(smokeFailures(r)).toEqual([
      'floor: filter at frame start: page 1: timed out',
      'floor: filter change: not measured',
    ])
  })
})
