import { addDays } from '../../lib/dates'

const PAD_DAYS = 3
const MIN_SPAN_DAYS = 14

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000

/**
 * The time axis spans the report dates of the figures shown (padded), not the whole filter, so a
 * year-long filter does not squeeze three weeks of figures against one edge. It never runs past
 * the filter's end, unless a figure in range was first reported after it, and then only to that
 * report: the chart does not draw days the filter left out. The screen and the export share it.
 */
export function axisExtent(
  reported: readonly string[],
  filter: { from: string; to: string },
): { from: string; to: string } {
  if (reported.length === 0) return filter
  // One pass for the earliest and latest date: ISO dates compare as strings.
  let [first, last] = [reported[0]!, reported[0]!]
  for (const r of reported) {
    if (r < first) first = r
    else if (r > last) last = r
  }
  const end = last > filter.to ? last : filter.to
  let from = addDays(first, -PAD_DAYS)
  let to = addDays(last, PAD_DAYS)
  if (to > end) to = end
  const span = days(from, to)
  if (span < MIN_SPAN_DAYS) {
    // Grow both ways, then give what the end cannot take to the start.
    const grow = Math.ceil((MIN_SPAN_DAYS - span) / 2)
    to = addDays(to, grow) > end ? end : addDays(to, grow)
    from = addDays(to, -Math.max(MIN_SPAN_DAYS, days(addDays(from, -grow), to)))
  }
  return { from, to }
}
