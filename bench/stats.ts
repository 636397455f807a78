/** The median of `values`, or null when there are none. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50)
}

/** The nearest-rank percentile `p` (0-100] of `values`, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

/** The ISO date `days` after `iso` (UTC, so no daylight-saving surprises). */
export function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** `a / b`, or null when either is missing or `b` is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a != null && b ? a / b : null
}

/** A number for the table: no decimals from 100 up, one below, '—' for nothing. */
export function fmt(v: number | null | undefined, digits?: number): string {
  if (v === null || v === undefined) return '—'
  const d = digits ?? (Math.abs(v) >= 100 ? 0 : 1)
  return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
}
