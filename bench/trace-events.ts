/** Reading a Chrome trace (JSON trace event format) for `bench:trace`. Pure, so it can be tested. */

export interface TraceEvent {
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
export function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
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
