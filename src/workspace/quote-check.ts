import { findClosestPassage, type ClosestPassage } from '../dataset/closest-passage'

export type QuoteCheck =
  | { kind: 'empty' }
  | { kind: 'verbatim'; start: number }
  /** The quote occurs more than once: the analyst says which occurrence is meant. */
  | { kind: 'ambiguous'; starts: number[] }
  | { kind: 'not-verbatim'; closest: ClosestPassage | null }

/** Every start of `quote` in `text`. */
function occurrences(quote: string, text: string): number[] {
  const starts: number[] = []
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i)
  return starts
}

/** Whether a quote may be saved as evidence of `text`: the build's own rule, exact substring. */
export function checkQuote(quote: string, text: string): QuoteCheck {
  if (quote.length === 0) return { kind: 'empty' }
  const starts = occurrences(quote, text)
  if (starts.length === 1) return { kind: 'verbatim', start: starts[0]! }
  if (starts.length > 1) return { kind: 'ambiguous', starts }
  return { kind: 'not-verbatim', closest: findClosestPassage(quote, text) }
}

/**
 * The passage [start, end) grown a word at a time on both sides until it occurs once in `text`,
 * so the quote stored (the schema keeps no offset) names the occurrence the analyst chose.
 */
export function uniqueQuote(text: string, start: number, end: number): string {
  let [s, e] = [start, end]
  while (occurrences(text.slice(s, e), text).length > 1 && (s > 0 || e < text.length)) {
    if (e < text.length) {
      e++
      while (e < text.length && !/\s/.test(text[e]!)) e++
    }
    if (s > 0) {
      s--
      while (s > 0 && !/\s/.test(text[s - 1]!)) s--
    }
  }
  return text.slice(s, e)
}

/** The words around a passage, for telling occurrences apart. */
export function context(text: string, start: number, length: number, around = 40) {
  return {
    before: text.slice(Math.max(0, start - around), start),
    passage: text.slice(start, start + length),
    after: text.slice(start + length, start + length + around),
  }
}
