import nlp from 'compromise'

/** A person the text names: one the dataset knows (`person` set), or a new name. */
export interface PersonSuggestion {
  start: number
  name: string
  person: string | null
}

interface KnownPerson {
  id: string
  name: string
  aliases: readonly string[]
}

/** Titles compromise keeps with a name ("Prime Minister Benjamin Netanyahu"). */
const TITLE =
  /^(?:(?:Prime|Defense|Defence|Foreign|Strategic Affairs|Deputy)\s+)?(?:Minister|President|Speaker|Secretary|Envoy|Ambassador|General|Gen\.|Sheikh|Mr\.?|Ms\.?|Dr\.?)\s+/

/**
 * People named in a text: every occurrence of a known person's name or alias, then names
 * compromise recognises that the dataset lacks (titles and trailing punctuation trimmed).
 */
export function suggestPeople(text: string, known: readonly KnownPerson[]): PersonSuggestion[] {
  const out: PersonSuggestion[] = []
  const seen = new Set<string>()
  for (const p of known) {
    for (const name of [p.name, ...p.aliases]) {
      const at = text.indexOf(name)
      if (at !== -1 && !seen.has(p.id)) {
        seen.add(p.id)
        out.push({ start: at, name, person: p.id })
      }
    }
  }
  const knownNames = known.flatMap((p) => [p.name, ...p.aliases])
  for (const raw of nlp(text).people().out('array') as string[]) {
    const name = raw
      .replace(/[,.;:’'"”]+$/u, '')
      .replace(TITLE, '')
      .trim()
    const words = name.split(/\s+/)
    if (words.length < 2 || seen.has(name)) continue
    if (knownNames.some((k) => k.includes(name) || name.includes(k))) continue
    const at = text.indexOf(name)
    if (at === -1) continue
    seen.add(name)
    out.push({ start: at, name, person: null })
  }
  return out.sort((a, b) => a.start - b.start)
}
