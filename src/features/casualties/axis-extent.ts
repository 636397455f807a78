import { addDays } from '../../lib/dates'

const PAD_DAYS = 3
const MIN_SPAN_DAYS = 14

/**
 * The time axis spans the report dates of the figures shown (padded), not the whole filter, so a
 * year-long filter does not squeeze three weeks of figures against one edge.
 */
export function axisExtent(
  reported: readonly string[],
  fallback: { from: string; to: string },
): { from: string; to: string } {
  if (reported.length === 0) return fallback
  // One pass for the earliest and latest date: ISO dates compare as strings.
  let [first, last] = [reported[0]!, reported[0]!]
  for (const r of reported) {
    if (r < first) first = r
    else if (r > last) last = r
  }
  let from = addDays(first, -PAD_DAYS)
  let to = addDays(last, PAD_DAYS)
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (span < MIN_SPAN_DAYS) {
    const grow = Math.ceil((MIN_SPAN_DAYS - span) / 2)
    from = addDays(from, -grow)
    to = addDays(to, grow)
  }
  return { from, to }
}
