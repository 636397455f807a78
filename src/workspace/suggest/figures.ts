import nlp from 'compromise'

/** A number next to a casualty word: a candidate casualty figure. */
export interface FigureSuggestion {
  start: number
  /** The sentence it sits in, verbatim: a ready quote. */
  sentence: string
  phrase: string
  value: number
  metric: 'killed' | 'injured' | 'evacuated' | 'displaced' | 'held-hostage'
}

const METRICS: [RegExp, FigureSuggestion['metric']][] = [
  [/\b(?:killed|dead|died|death toll|deaths)\b/i, 'killed'],
  [/\b(?:wounded|injured|injuries)\b/i, 'injured'],
  [/\b(?:evacuated|evacuation)\b/i, 'evacuated'],
  [/\b(?:displaced|fled|homeless)\b/i, 'displaced'],
  [/\b(?:hostages?|captives?)\b/i, 'held-hostage'],
]

/** A four-digit number standing alone is far more often a year than a toll. */
const isYear = (text: string, value: number) =>
  value >= 1900 && value <= 2100 && !text.includes(',')

/** Numbers in sentences that name a casualty (killed, wounded, displaced, evacuated …). */
export function suggestFigures(text: string): FigureSuggestion[] {
  const out: FigureSuggestion[] = []
  let from = 0
  for (const sentence of nlp(text).sentences().out('array') as string[]) {
    const start = text.indexOf(sentence, from)
    if (start === -1) continue
    from = start + sentence.length
    const metric = METRICS.find(([re]) => re.test(sentence))?.[1]
    if (!metric) continue
    for (const n of nlp(sentence).numbers().json() as {
      text: string
      number?: { num?: number }
    }[]) {
      const value = n.number?.num
      const phrase = n.text.replace(/[,.;:]+$/, '').trim()
      if (value === undefined || isYear(phrase, value)) continue
      out.push({ start, sentence, phrase, value, metric })
    }
  }
  return out
}
