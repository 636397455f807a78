import type { Annotations } from './schema'
import type { Problem } from './verify'

/**
 * The longest span a dataset may cover, first date to last. The timeline, the casualty axis and the
 * about page's month chart each lay out the span's days or months, so a file dated 1900 to 9999
 * froze the tab for 30 s and then crashed it; a century is far beyond any negotiation's record.
 */
const MAX_SPAN_YEARS = 100
const MAX_SPAN_DAYS = Math.round(MAX_SPAN_YEARS * 365.25)

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000

interface Dated {
  date: string
  collection: string
  path: (string | number)[]
  id: string
}

/** Refuses a dataset whose dates, published and happened, span more than `MAX_SPAN_YEARS`. */
export function checkSpan(a: Annotations): Problem[] {
  let first: Dated | undefined
  let last: Dated | undefined
  const see = (d: Dated) => {
    if (!first || d.date < first.date) first = d
    if (!last || d.date > last.date) last = d
  }
  a.sources.forEach((s, i) =>
    see({
      date: s.published.date,
      collection: 'sources',
      path: [i, 'published', 'date'],
      id: s.id,
    }),
  )
  for (const c of ['positions', 'casualties', 'meetings', 'events'] as const)
    a[c].forEach((r, i) => {
      see({ date: r.when.date, collection: c, path: [i, 'when', 'date'], id: r.id })
      if (r.when.until)
        see({ date: r.when.until, collection: c, path: [i, 'when', 'until'], id: r.id })
    })
  if (!first || !last || dayOf(last.date) - dayOf(first.date) <= MAX_SPAN_DAYS) return []
  const years = Math.floor((dayOf(last.date) - dayOf(first.date)) / 365.25)
  return [
    {
      collection: last.collection,
      path: last.path,
      recordId: last.id,
      message: `date ${last.date} is ${years.toLocaleString('en-GB')} years after the dataset's earliest date (${first.date}, ${first.collection}[${String(first.path[0])}] "${first.id}"); a dataset may span at most ${MAX_SPAN_YEARS} years`,
    },
  ]
}
