import { formatDay } from '../../lib/dates'
import { clip } from '../../lib/clip'

/** The filters a summary names: the date range and, by display name, any focused actor, issue or person. */
export interface SummaryInput {
  from: string
  to: string
  span: { from: string; to: string }
  actor?: string | null
  issue?: string | null
  person?: string | null
}

/** "31 Oct–21 Nov 2024": the year written once when both ends share it. */
export function formatRange(from: string, to: string): string {
  if (from === to) return formatDay(from)
  const [a, b] = [formatDay(from), formatDay(to)]
  const year = from.slice(0, 4)
  return year === to.slice(0, 4) ? `${a.slice(0, -5)}–${b}` : `${a}–${b}`
}

/**
 * What the collapsed filter bar says on its button, e.g. "Filters: 31 Oct–21 Nov 2024, actor Israel",
 * so a phone user sees what the views are cut to without opening it.
 */
export function filterSummary(f: SummaryInput): string {
  const whole = f.from === f.span.from && f.to === f.span.to
  const parts = [whole ? 'all dates' : formatRange(f.from, f.to)]
  if (f.actor) parts.push(`actor ${clip(f.actor, 30)}`)
  if (f.issue) parts.push(`issue ${clip(f.issue, 30)}`)
  if (f.person) parts.push(`person ${clip(f.person, 30)}`)
  return `Filters: ${parts.join(', ')}`
}
