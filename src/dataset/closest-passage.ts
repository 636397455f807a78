/** Where a misquoted passage most likely sits in its source, and the first character that differs. */
export interface ClosestPassage {
  passage: string
  start: number
  /** Index in the quote of the first character that differs from the passage. */
  firstDifference: number
}

/**
 * Finds the stretch of `text` most like `quote` by letting every shared trigram vote for an
 * alignment; linear in the text for a fixed quote, so it stays cheap on long articles.
 */
export function findClosestPassage(quote: string, text: string): ClosestPassage | null {
  if (quote.length === 0 || text.length === 0) return null
  const n = 3
  const positions = new Map<string, number[]>()
  for (let i = 0; i + n <= text.length; i++) {
    const gram = text.slice(i, i + n)
    const list = positions.get(gram)
    if (list) list.push(i)
    else positions.set(gram, [i])
  }
  const votes = new Map<number, number>()
  for (let j = 0; j + n <= quote.length; j++) {
    for (const p of positions.get(quote.slice(j, j + n)) ?? []) {
      const start = p - j
      votes.set(start, (votes.get(start) ?? 0) + 1)
    }
  }
  if (votes.size === 0) return null
  // Neighbouring alignments pool their votes, so an inserted or dropped character still wins.
  let best = 0
  let bestScore = -1
  for (const start of [...votes.keys()].sort((a, b) => a - b)) {
    let score = 0
    for (let d = -2; d <= 2; d++) score += votes.get(start + d) ?? 0
    if (score > bestScore) {
      bestScore = score
      best = start
    }
  }
  // Within the winning neighbourhood, the single alignment with most votes is the exact one.
  let refined = best
  for (let d = -2; d <= 2; d++)
    if ((votes.get(best + d) ?? 0) > (votes.get(refined) ?? 0)) refined = best + d
  const start = Math.max(0, refined)
  const passage = text.slice(start, start + quote.length)
  let firstDifference = 0
  while (firstDifference < quote.length && quote[firstDifference] === passage[firstDifference]) {
    firstDifference++
  }
  return { passage, start, firstDifference }
}
