import { describe, expect, it } from 'vitest'
import { loadRealAnnotations } from '../test/dataset-fixture'
import type { Annotations } from './schema'
import { validateAnnotations } from './validate'
import { validateChangedAnnotations } from './validate-changed'

/** The real annotations with `change` applied to a fresh copy, and the ids it touched. */
function changed(change: (a: Record<string, Record<string, unknown>[]>) => string[]) {
  const { raw, texts } = loadRealAnnotations()
  const touched = new Set(change(raw as unknown as Record<string, Record<string, unknown>[]>))
  return { a: raw as unknown as Annotations, texts, touched }
}

describe('validateChangedAnnotations', () => {
  const cases: [string, (a: Record<string, Record<string, unknown>[]>) => string[]][] = [
    ['nothing wrong', (a) => [a.positions![3]!.id as string]],
    [
      'a touched record failing the schema',
      (a) => {
        const p = a.positions![5]!
        Object.assign(p, { stance: 'maybe', summary: 42 })
        delete p.issue
        return [p.id as string]
      },
    ],
    [
      'a new record failing the schema, appended',
      (a) => {
        a.meetings!.push({ id: 'ws-meeting', sides: [], status: 'held' })
        return ['ws-meeting']
      },
    ],
    [
      'a dangling reference left by a deleted actor',
      (a) => {
        a.actors = a.actors!.filter((x) => x.id !== 'hezbollah')
        return []
      },
    ],
    [
      'a list the schema wants non-empty emptied',
      (a) => {
        a.actors = []
        return []
      },
    ],
  ]
  it.each(cases)('reports what the full validation reports: %s', (_, change) => {
    const { a, texts, touched } = changed(change)
    const full = validateAnnotations(a, texts)
    const part = validateChangedAnnotations(a, texts, touched)
    expect(part.ok).toBe(full.ok)
    expect(part.ok ? [] : part.problems).toEqual(full.ok ? [] : full.problems)
  })

  it('finds the schema problems of touched records only', () => {
    const { a, texts } = changed((x) => {
      x.positions![5]!.stance = 'maybe'
      return []
    })
    // Untouched records are trusted to have passed the schema when the dataset was built.
    expect(validateChangedAnnotations(a, texts, new Set()).ok).toBe(true)
    expect(validateAnnotations(a, texts).ok).toBe(false)
  })
})
