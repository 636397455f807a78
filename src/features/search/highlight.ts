/** A run of text, `hit` when it is a word the search matched. */
export interface TextPart {
  text: string
  hit: boolean
}

/** Apostrophes and quotes inside a word are dropped by the index; they are here too. */
const fold = (word: string) => word.toLowerCase().replace(/[\u2018\u2019'\u201c\u201d"]/g, '')

/**
 * Splits `text` into runs, marking each whole word that the index matched (`terms`, lower case):
 * the words are split as MiniSearch's default tokenizer splits them (spaces and punctuation).
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms.map(fold))
  const parts: TextPart[] = []
  const push = (t: string, hit: boolean) => {
    const last = parts.at(-1)
    if (last && last.hit === hit) last.text += t
    else if (t) parts.push({ text: t, hit })
  }
  let at = 0
  for (const m of text.matchAll(/[^\n\r\p{Z}\p{P}]+(?:[\u2019'][^\n\r\p{Z}\p{P}]+)*/gu)) {
    push(text.slice(at, m.index), false)
    push(m[0], wanted.has(fold(m[0])))
    at = m.index + m[0].length
  }
  push(text.slice(at), false)
  return parts
}
