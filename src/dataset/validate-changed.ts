import { annotationsSchema, type Annotations } from './schema'
import { plainError, problemsFromZod, type Validation } from './validate'
import { verifyAnnotations } from './verify'

type Collection = Exclude<keyof Annotations, 'title'>
const COLLECTIONS = Object.keys(annotationsSchema.shape).filter(
  (k): k is Collection => k !== 'title',
)

/**
 * `validateAnnotations` for annotations whose records all passed the schema before except those
 * in `touched` (a workspace over the validated, published dataset): the schema runs on those
 * records only, at their own index; the cross-record checks (ids, references, quotes, dates) run
 * on everything, since a change can break a record it does not touch.
 */
export function validateChangedAnnotations(
  a: Annotations,
  texts: ReadonlyMap<string, string>,
  touched: ReadonlySet<string>,
): Validation<Annotations> {
  // The touched records at their index in the full list; a list the schema wants non-empty keeps
  // its first (already valid) record, so an emptied list is still reported.
  const at: Partial<Record<Collection, number[]>> = {}
  const sparse: Record<string, unknown> = { title: a.title }
  for (const c of COLLECTIONS) {
    const list: { id: string }[] = a[c]
    const indices = list.flatMap((r, i) => (touched.has(r.id) ? [i] : []))
    if (!indices.length && list.length) indices.push(0)
    at[c] = indices
    sparse[c] = indices.map((i) => list[i])
  }
  const parsed = annotationsSchema.safeParse(sparse, { error: plainError })
  if (!parsed.success)
    return {
      ok: false,
      problems: problemsFromZod(parsed.error, sparse).map((p) => {
        const [k, ...rest] = p.path
        const index = typeof k === 'number' ? at[p.collection as Collection]?.[k] : undefined
        return index === undefined ? p : { ...p, path: [index, ...rest] }
      }),
    }
  const problems = verifyAnnotations(a, texts)
  return problems.length ? { ok: false, problems } : { ok: true, value: a }
}
