import { isRealIsoDate } from '../lib/dates'
import type { SourceMeta } from '../dataset/schema'

/** What the `Add article` form holds. */
export interface ArticleInput {
  title: string
  outlet: string
  outletInferred: boolean
  outletBasis: string
  published: string
  publishedInferred: boolean
  publishedBasis: string
  text: string
}

/** A problem with one field of a form, named as the form labels it. */
export interface FieldProblem {
  field: string
  message: string
}

/** Longer than any news article by far; a bigger paste is almost surely the wrong file. */
export const MAX_ARTICLE_CHARS = 1_000_000
const MARKUP = /<\/?[a-z][^>]*>/i

/** Plain words for the size of a text. */
const size = (chars: number) =>
  chars >= 1_000_000
    ? `${(chars / 1_000_000).toFixed(1)} million characters`
    : `${chars} characters`

/** A URL-safe id from a title and date: "lebanon-accepts-ceasefire-2024-11-26". */
export function articleId(title: string, date: string, taken: ReadonlySet<string>): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-')
  const stem = `${slug || 'article'}-${date}`.slice(0, 74)
  let id = stem
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`
  return id
}

/** The checks the form makes before saving; each problem names its field. */
export function checkArticle(input: ArticleInput): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!input.title.trim()) problems.push({ field: 'Title', message: 'give the article a title' })
  else if (MARKUP.test(input.title))
    problems.push({
      field: 'Title',
      message: 'looks like markup (HTML tags); write the title as plain text',
    })
  if (MARKUP.test(input.outlet))
    problems.push({
      field: 'Outlet',
      message: 'looks like markup (HTML tags); write the outlet as plain text',
    })
  if (input.outlet.trim() && input.outletInferred && !input.outletBasis.trim())
    problems.push({ field: 'Outlet basis', message: 'say how the outlet was inferred' })
  if (!input.published) problems.push({ field: 'Published', message: 'give the publication date' })
  else if (!isRealIsoDate(input.published))
    problems.push({ field: 'Published', message: `${input.published} is not a real calendar date` })
  if (input.publishedInferred && !input.publishedBasis.trim())
    problems.push({ field: 'Published basis', message: 'say how the date was inferred' })
  if (!input.text.trim())
    problems.push({ field: 'Article text', message: 'paste the article’s text; it is empty' })
  else if (input.text.length > MAX_ARTICLE_CHARS)
    problems.push({
      field: 'Article text',
      message: `${size(input.text.length)} is more than an article can hold (${size(MAX_ARTICLE_CHARS)}); is it the right file?`,
    })
  return problems
}

/** The `sources.json` entry for a checked article; `file` follows the repository's NNN_hash.txt. */
export function articleSource(
  input: ArticleInput,
  existing: readonly SourceMeta[],
  textHash: string,
): SourceMeta {
  const outlet = input.outlet.trim()
  const index = String(existing.length).padStart(3, '0')
  return {
    id: articleId(input.title, input.published, new Set(existing.map((s) => s.id))),
    file: `${index}_${textHash.slice(0, 16)}.txt`,
    title: input.title.trim(),
    outlet: {
      name: outlet || null,
      inferred: outlet ? input.outletInferred : false,
      basis:
        input.outletBasis.trim() ||
        (outlet ? 'Named in the article.' : 'The article does not name its outlet.'),
    },
    published: {
      date: input.published,
      inferred: input.publishedInferred,
      basis: input.publishedBasis.trim() || 'Date given by the analyst who added the article.',
    },
  }
}

/** SHA-256 of a text, in hex (the file name's hash, as the published articles have). */
export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
