/** True when `s` is YYYY-MM-DD naming a day that exists in the Gregorian calendar. */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** Adds whole days to a YYYY-MM-DD date, in UTC so time zones never shift it. */
export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "31 Oct 2024": short, unambiguous across locales. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${Number(d)} ${months[Number(m) - 1] ?? '?'} ${y}`
}

/** "Oct 2024" for "2024-10" (or any date in that month). */
export function formatMonth(iso: string): string {
  const [y, m] = iso.split('-')
  return `${months[Number(m) - 1] ?? '?'} ${y}`
}
