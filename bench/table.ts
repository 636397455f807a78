import type { DatasetResult, FloorSummary, LoadSummary } from './scenarios'
import { fmt, ratio } from './stats'
import type { BenchResults } from './targets'

/** One table row: how to show it for a dataset column and (optionally) the floor column. */
interface Row {
  label: string
  dataset: (d: DatasetResult, key: string) => string
  floor?: (f: FloorSummary) => string
}

type Num = number | null | undefined
const pair = (a: Num, b: Num) => (a == null && b == null ? '—' : `${fmt(a)} / ${fmt(b)}`)
const times = (v: Num) => (v == null ? '—' : `${fmt(v, 2)}×`)
const mb = (bytes: Num) => fmt(bytes == null ? null : bytes / 1e6)
const kib = (bytes: Num) => fmt(bytes == null ? null : bytes / 1024)
const okLoads = (s: LoadSummary) =>
  `${s.firstRenderAllMs.filter((x) => x !== null).length}/${s.loads}`

function rows(r: BenchResults): Row[] {
  const floor = r.floor
  const exportRow = (view: string): Row => ({
    label: `PNG export, ${view}: ms / longest task`,
    dataset: (d) => {
      const e = d.exports?.[view]
      if (!d.exports) return '—'
      if (e?.ms == null) return 'n/a'
      return `${fmt(e.ms)} / ${e.longestTaskMs == null ? '< 50' : fmt(e.longestTaskMs)}`
    },
  })
  return [
    { label: 'dataset JSON (MB)', dataset: (d) => fmt(d.dataset.bytes / 1e6, 2) },
    {
      label: 'first render, median (ms)',
      dataset: (d) => fmt(d.firstRenderMs),
      floor: (f) => fmt(f.firstRenderMs),
    },
    {
      label: '  ratio to floor',
      dataset: (d) => times(ratio(d.firstRenderMs, floor?.firstRenderMs)),
      floor: () => '1.00×',
    },
    {
      label: '  validated in the browser (ms)',
      dataset: (d) => (d.validated ? fmt(d.validated.firstRenderMs) : '—'),
    },
    {
      label: 'JS transferred (gzip, KiB)',
      dataset: (d) => kib(d.jsGzipBytes),
      floor: (f) => kib(f.jsGzipBytes),
    },
    {
      label: '  ratio to floor',
      dataset: (d) => times(ratio(d.jsGzipBytes, floor?.jsGzipBytes)),
      floor: () => '1.00×',
    },
    {
      label: 'JS heap after load (MB)',
      dataset: (d) => mb(d.heapBytes),
      floor: (f) => mb(f.heapBytes),
    },
    {
      label: 'filter, at frame start: to paint p50 / p95 (ms)',
      dataset: (d) => pair(d.filterAligned?.paintedP50, d.filterAligned?.paintedP95),
      floor: (f) => pair(f.filterAligned?.paintedP50, f.filterAligned?.paintedP95),
    },
    {
      label: '  p95 ratio to floor',
      dataset: (d) => times(ratio(d.filterAligned?.paintedP95, floor?.filterAligned?.paintedP95)),
      floor: (f) => (f.filterAligned ? '1.00×' : '—'),
    },
    {
      label: '  edits widening the range p50 / p95',
      dataset: (d) => pair(d.filterAligned?.widening?.p50, d.filterAligned?.widening?.p95),
      floor: (f) => pair(f.filterAligned?.widening?.p50, f.filterAligned?.widening?.p95),
    },
    {
      label: '  edits narrowing it p50 / p95',
      dataset: (d) => pair(d.filterAligned?.narrowing?.p50, d.filterAligned?.narrowing?.p95),
      floor: (f) => pair(f.filterAligned?.narrowing?.p50, f.filterAligned?.narrowing?.p95),
    },
    {
      label: 'filter, any time: to paint p50 / p95',
      dataset: (d) => pair(d.filter?.paintedP50, d.filter?.paintedP95),
      floor: (f) => pair(f.filter?.paintedP50, f.filter?.paintedP95),
    },
    {
      label: '  to frame showing it p50 / p95',
      dataset: (d) => pair(d.filter?.shownP50, d.filter?.shownP95),
      floor: (f) => pair(f.filter?.shownP50, f.filter?.shownP95),
    },
    {
      label: '  to the frame after p50 / p95',
      dataset: (d) => pair(d.filter?.p50, d.filter?.p95),
      floor: (f) => pair(f.filter?.p50, f.filter?.p95),
    },
    {
      label: '  to the URL written p50 / p95',
      dataset: (d) => pair(d.filter?.urlP50, d.filter?.urlP95),
      floor: (f) => pair(f.filter?.urlP50, f.filter?.urlP95),
    },
    {
      label: '  changes timed (each way)',
      dataset: (d) => fmt(d.filter?.n, 0),
      floor: (f) => fmt(f.filter?.n, 0),
    },
    {
      label: '  pages timing them (medians over pages)',
      dataset: (d) => fmt(d.filterRuns?.filterAligned.length ?? (d.filter ? 1 : null), 0),
      floor: (f) => fmt(f.filterRuns?.filterAligned.length, 0),
    },
    {
      label: 'selection: to paint p50 / p95 (ms)',
      dataset: (d) => pair(d.selection?.paintedP50, d.selection?.paintedP95),
    },
    {
      label: '  to the frame after p50 / p95',
      dataset: (d) => pair(d.selection?.p50, d.selection?.p95),
    },
    {
      label: '  to the URL written p50 / p95',
      dataset: (d) => pair(d.selection?.urlP50, d.selection?.urlP95),
    },
    { label: '  selections timed', dataset: (d) => fmt(d.selection?.n, 0) },
    ...['matrix', 'casualties', 'meetings', 'evidence', 'actor-timeline'].map(exportRow),
    { label: 'long tasks after load: max (ms)', dataset: (d) => fmt(d.longTasksAfterLoad?.maxMs) },
    { label: '  count > 200 ms', dataset: (d) => fmt(d.longTasksAfterLoad?.over200, 0) },
    {
      label: 'long tasks in PNG exports: max / > 200 ms',
      dataset: (d) =>
        d.longTasksDuringExports
          ? `${fmt(d.longTasksDuringExports.maxMs)} / ${fmt(d.longTasksDuringExports.over200, 0)}`
          : '—',
    },
    {
      label: 'long task during load, max (ms)',
      dataset: (d) => fmt(d.longTasksDuringLoad?.maxMs),
      floor: (f) => fmt(f.longTasksDuringLoad?.maxMs),
    },
    {
      label: 'machine load avg before / after',
      dataset: (d) => `${fmt(d.loadAverage.before)} / ${fmt(d.loadAverage.after)}`,
    },
    { label: '  CPU stolen by the hypervisor (%)', dataset: (d) => fmt(d.cpuStealPercent) },
    { label: 'frame interval (ms)', dataset: (d) => fmt(d.frameIntervalMs) },
    {
      label: 'dataset build (ms)',
      dataset: (_, key) => (key in r.datasetBuildMs ? fmt(r.datasetBuildMs[key]) : ''),
    },
    { label: 'loads measured', dataset: okLoads, floor: okLoads },
  ]
}

/** The results as a text table: rows are metrics, columns the floor and each dataset. */
export function formatTable(r: BenchResults): string {
  const keys = Object.keys(r.datasets)
  const head = ['metric', ...(r.floor ? ['floor'] : []), ...keys]
  const body = rows(r).map((row) => [
    row.label,
    ...(r.floor ? [row.floor ? row.floor(r.floor) : ''] : []),
    ...keys.map((k) => row.dataset(r.datasets[k]!, k)),
  ])
  const table = [head, ...body]
  const widths = head.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)))
  const line = (cells: string[]) =>
    cells.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

/** Every error and note worth reading, one per line. */
export function formatProblems(r: BenchResults): string[] {
  const out: string[] = []
  for (const [k, d] of Object.entries(r.datasets)) {
    for (const e of d.errors) out.push(`${k}: ${e}`)
    if (d.filter?.error) out.push(`${k}: filter: ${d.filter.error}`)
    if (d.filterAligned?.error) out.push(`${k}: filter at frame start: ${d.filterAligned.error}`)
    if (d.selection?.error) out.push(`${k}: selection: ${d.selection.error}`)
    for (const [v, e] of Object.entries(d.exports ?? {}))
      if (e.note) out.push(`${k}: export ${v}: ${e.note}`)
  }
  for (const e of r.floor?.errors ?? []) out.push(`floor: ${e}`)
  if (r.floor?.filter?.error) out.push(`floor: filter: ${r.floor.filter.error}`)
  if (r.floor?.filterAligned?.error)
    out.push(`floor: filter at frame start: ${r.floor.filterAligned.error}`)
  return out
}

/**
 * Why a smoke run (`--smoke`, part of `npm test`) fails: every problem above, and any of the
 * numbers it exists to prove can be taken that it did not take. Empty when it passed.
 */
export function smokeFailures(r: BenchResults): string[] {
  const real = r.datasets.real
  const missing = [
    ['real: first render', real?.firstRenderMs],
    ['real: filter change', real?.filterAligned?.paintedP95],
    ['real: filter change to the URL', real?.filter?.urlP95],
    ['real: selection', real?.selection?.paintedP95],
    ['floor: first render', r.floor?.firstRenderMs],
    ['floor: filter change', r.floor?.filterAligned?.paintedP95],
  ] as const
  return [
    ...formatProblems(r),
    ...missing.filter(([, v]) => v == null).map(([what]) => `${what}: not measured`),
  ]
}
