import { readFileSync } from 'node:fs'

/**
 * The machine's CPU counters from /proc/stat (Linux), to tell how much of a stretch of the bench
 * the hypervisor gave to other guests ("steal"): on a shared 2-core VM that slows the page and
 * the floor alike, and was the likeliest reason two runs of the same code differed by half.
 * Null where there is no /proc/stat.
 */
export function cpuTicks(): { steal: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    const fields = line.trim().split(/\s+/).slice(1).map(Number)
    // guest and guest_nice are already counted in user and nice.
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
    return { steal: fields[7] ?? 0, total }
  } catch {
    return null
  }
}

/** The share of all CPU time between two readings that was stolen, in percent. */
export function stealPercent(
  before: ReturnType<typeof cpuTicks>,
  after: ReturnType<typeof cpuTicks>,
): number | null {
  if (!before || !after || after.total <= before.total) return null
  return (100 * (after.steal - before.steal)) / (after.total - before.total)
}
