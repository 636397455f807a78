import type { z } from 'zod'
import { annotationsSchema, type Annotations } from './schema'
import { datasetSchema, type Dataset } from './dataset-schema'
import { verifyAnnotations, type Problem } from './verify'
import { migrateDataset } from './migrate'
import { derivedDisagreements } from './check-derived'

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

/** Turns zod issues into problems that name the collection, the record id and the JSON path. */
export function problemsFromZod(error: z.ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path.map((p) =>
      typeof p === 'symbol' ? String(p) : p,
    )
    const record =
      typeof collection === 'string' && typeof index === 'number'
        ? recordAt(raw, collection, index)
        : undefined
    return {
      collection: typeof collection === 'string' ? collection : '(top level)',
      path: index === undefined ? [] : [index, ...rest],
      recordId: record,
      message: issue.message,
    }
  })
}

function recordAt(raw: unknown, collection: string, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const list = (raw as Record<string, unknown>)[collection]
  const item: unknown = Array.isArray(list) ? list[index] : undefined
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined
  return typeof id === 'string' ? id : undefined
}

const kindOf = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? 'text'
          : `a ${typeof v}`
const expectedWords: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
}

/** Plain-words messages for the commonest schema failures; zod's own wording for the rest. */
export const plainError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing'
    return `should be ${expectedWords[issue.expected] ?? issue.expected}, but is ${kindOf(issue.input)}`
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `should list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
  if (issue.code === 'unrecognized_keys')
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return undefined
}

/** Schema, references, verbatim quotes and dates of the authored annotations. */
export function validateAnnotations(
  raw: unknown,
  texts: ReadonlyMap<string, string>,
): Validation<Annotations> {
  const parsed = annotationsSchema.safeParse(raw, { error: plainError })
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, raw) }
  const problems = verifyAnnotations(parsed.data, texts)
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data }
}

/**
 * The same checks on a published dataset file (version 1 migrated first), whose sources carry their
 * own text, and its precomputed views (when it has them) against what its records give (decision 018).
 */
export function validateDataset(input: unknown): Validation<Dataset> {
  const raw = migrateDataset(input)
  const parsed = datasetSchema.safeParse(raw, { error: plainError })
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, raw) }
  const texts = new Map(parsed.data.sources.map((s) => [s.id, s.text]))
  const problems = verifyAnnotations(parsed.data, texts)
  if (problems.length) return { ok: false, problems }
  const derived = parsed.data.derived
  const disagreements = derived ? derivedDisagreements(parsed.data, derived) : []
  return disagreements.length
    ? { ok: false, problems: disagreements }
    : { ok: true, value: parsed.data }
}
