import { readFileSync } from 'node:fs'

export interface CpuTicks {
  steal: number
  total: number
}

/**
 * The machine's CPU counters from /proc/stat (Linux), to tell how much of a stretch of the bench
 * the hypervisor gave to other guests ("steal"): on a shared 2-core VM that slows the page and
 * the floor alike. Null where there is no /proc/stat.
 */
export function cpuTicks(): CpuTicks | null {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8').split('\n')[0]!)
  } catch {
    return null
  }
}

/** The steal and total ticks of /proc/stat's first line ("cpu user nice system idle iowait irq softirq steal guest guest_nice"). */
export function parseCpuLine(line: string): CpuTicks | null {
  const [label, ...rest] = line.trim().split(/\s+/)
  const fields = rest.map(Number)
  if (label !== 'cpu' || fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null
  // guest and guest_nice are already counted in user and nice.
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
  return { steal: fields[7]!, total }
}

/** The share of all CPU time between two readings that was stolen, in percent. */
export function stealPercent(before: CpuTicks | null, after: CpuTicks | null): number | null {
  if (!before || !after || after.total <= before.total) return null
  return (100 * (after.steal - before.steal)) / (after.total - before.total)
}
