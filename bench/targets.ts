import type { DatasetResult, FloorSummary } from './scenarios'
import { fmt, ratio } from './stats'

/** A target from the issue, with the measured value and whether it holds (null: not measured). */
export interface TargetCheck {
  target: string
  value: number | null
  limit: number
  unit: string
  met: boolean | null
  note?: string
}

/** All numbers of one run, as written to bench/results.json. */
export interface BenchResults {
  floor: FloorSummary | null
  datasets: Record<string, DatasetResult>
  datasetBuildMs: Record<string, number | null>
}

type Check = [
  target: string,
  value: number | null | undefined,
  limit: number,
  unit: string,
  note?: string,
]

/** The longest task seen during the exports (0 when none reached 50 ms), or undefined if not measured. */
function exportLongest(d?: DatasetResult): number | undefined {
  if (!d?.longTasksDuringExports) return undefined
  return d.longTasksDuringExports.maxMs ?? 0
}

/** The slowest view's PNG export, or undefined when any view's export was not timed. */
function slowestExport(d?: DatasetResult): number | undefined {
  const times = Object.values(d?.exports ?? {}).map((e) => e.ms)
  if (times.length === 0 || times.some((t) => t == null)) return undefined
  return Math.max(...(times as number[]))
}

/** The issue's targets checked against a run; "<" targets are strict, "≤" ones are not. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const { real, x100, x1000 } = r.datasets
  const floor = r.floor
  // The targets read the edit dispatched at the start of a frame (as a drag delivers it) to the end
  // of the frame that shows it; the note gives the same edit at any point of a frame (as typed).
  const latency = (d?: DatasetResult) => d?.filterAligned?.paintedP95
  const otherTimings = (d?: DatasetResult) =>
    d?.filter == null
      ? undefined
      : `edit at any point of a frame: to paint p95 ${fmt(d.filter.paintedP95)} ms, to the frame after ${fmt(d.filter.p95)} ms; frame interval ${fmt(d.frameIntervalMs)} ms`
  const x1000Note = x1000?.longTasksAfterLoad
    ? `longest ${fmt(x1000.longTasksAfterLoad.maxMs)} ms`
    : x1000?.errors.join('; ')
  const checks: Check[] = [
    [
      'real: filter change p95 ≤ 16 ms',
      latency(real),
      16,
      'ms',
      [
        otherTimings(real),
        floor?.filterAligned &&
          `the floor page's own: p95 ${fmt(floor.filterAligned.paintedP95)} ms`,
      ]
        .filter(Boolean)
        .join('; ') || undefined,
    ],
    ['real: first render ≤ 1.2× floor', ratio(real?.firstRenderMs, floor?.firstRenderMs), 1.2, '×'],
    [
      'x100: first render < 1500 ms',
      x100?.firstRenderMs,
      1500,
      'ms',
      x100?.validated
        ? `built with the app; validated in the browser instead: ${fmt(x100.validated.firstRenderMs)} ms`
        : undefined,
    ],
    ['x100: filter change p95 < 100 ms', latency(x100), 100, 'ms', otherTimings(x100)],
    ['initial JS gzip ≤ 1.3× floor', ratio(real?.jsGzipBytes, floor?.jsGzipBytes), 1.3, '×'],
    [
      'x1000: no long task > 200 ms after load',
      x1000?.longTasksAfterLoad?.over200,
      0,
      'tasks',
      x1000Note,
    ],
    ['x100: dataset build < 5 s', r.datasetBuildMs.x100, 5000, 'ms'],
    [
      'real: no task > 200 ms during a PNG export',
      exportLongest(real),
      200,
      'ms',
      "the longest main-thread task over all views' exports; none under 50 ms is recorded",
    ],
    ['x100: every PNG export < 1500 ms', slowestExport(x100), 1500, 'ms'],
  ]
  return checks.map(([target, value, limit, unit, note]) => {
    const v = value ?? null
    const met = v === null ? null : target.includes('<') ? v < limit : v <= limit
    return { target, value: v, limit, unit, met, ...(note ? { note } : {}) }
  })
}

/** The targets as lines: met, missed, or not measured. */
export function formatTargets(targets: TargetCheck[]): string {
  const mark = (t: TargetCheck) => (t.met === null ? '  ?   ' : t.met ? ' met  ' : 'MISSED')
  const value = (t: TargetCheck) =>
    t.unit === '×' ? `${fmt(t.value, 2)}×` : `${fmt(t.value)} ${t.unit}`
  return targets
    .map((t) => `${mark(t)} ${t.target}: ${value(t)}${t.note ? `  (${t.note})` : ''}`)
    .join('\n')
}
