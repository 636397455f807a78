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

const monthByName = new Map(
  months.flatMap((m, i) => {
    const long = new Date(Date.UTC(2000, i, 1)).toLocaleString('en-GB', { month: 'long' })
    return [
      [m.toLowerCase(), i + 1],
      [long.toLowerCase(), i + 1],
    ] as const
  }),
).set('sept', 9)

/**
 * A typed date as YYYY-MM-DD, or null: "7 Oct 2023" as the app writes it (or "7 October 2023"),
 * day first with slashes, dots or dashes ("7/10/2023"), eight digits DDMMYYYY, or ISO. The year
 * must have four digits, so a year still being typed ("7 Oct 202") is never read as 0202.
 */
export function parseDay(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/,/g, ' ')
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  const named = /^(\d{1,2})\s*([a-z]+)\.?\s*(\d{4})$/.exec(t)
  const numeric =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t)
  const [y, m, d] = iso
    ? [iso[1], Number(iso[2]), Number(iso[3])]
    : named
      ? [named[3], monthByName.get(named[2]!) ?? 0, Number(named[1])]
      : numeric
        ? [numeric[3], Number(numeric[2]), Number(numeric[1])]
        : ['', 0, 0]
  const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return y && y >= '1000' && isRealIsoDate(day) ? day : null
}
