import * as chrono from 'chrono-node'

/** A date the text states or implies, for the analyst to accept or dismiss. */
export interface DateSuggestion {
  /** Where in the text the phrase starts, and the phrase itself. */
  start: number
  phrase: string
  date: string
  /** How it was worked out, in words fit for a `basis`. */
  basis: string
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
/** Noon UTC: a date resolved against it cannot slip a day whatever the browser's time zone. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`)
/** How far into an article a dateline may sit. */
const DATELINE_CHARS = 500

/**
 * The publication date a dateline near the top states (`date 2024-10-31`, `Thursday, October 31,
 * 2024`): a full date with day, month and year. None when the opening gives no full date.
 */
export function suggestPublished(text: string): DateSuggestion | null {
  const head = text.slice(0, DATELINE_CHARS)
  const found = chrono
    .parse(head, { instant: new Date(0), timezone: 0 })
    .find(
      (r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'),
    )
  if (!found) return null
  const date = iso(found.start.date())
  return {
    start: found.index,
    phrase: found.text.trim(),
    date,
    basis: `Date line in the text: '${found.text.trim()}'.`,
  }
}

const RELATIVE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|last night)\b/i

/** A phrase naming its month or year is a full date, not a relative one. */
const EXPLICIT = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i

/**
 * Relative day references ("on Wednesday", "yesterday") resolved against the article's date: a
 * weekday is the latest such day on or before it, as a report of what was said means.
 */
export function resolveRelativeDates(text: string, published: string): DateSuggestion[] {
  const ref = noon(published)
  return chrono
    .parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })
    .filter((r) => RELATIVE.test(r.text) && !EXPLICIT.test(r.text))
    .map((r) => {
      const date = iso(r.start.date())
      const phrase = r.text.trim().replace(/[,.;:]+$/, '')
      return {
        start: r.index,
        phrase,
        date,
        basis: `'${phrase}' in an article published ${published} (${date === published ? 'the same day' : `resolved to ${date}`}).`,
      }
    })
}
