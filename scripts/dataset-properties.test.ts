import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../src/dataset/validate'
import { generateDataset } from './generate-dataset'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every path to a value inside a JSON tree, parents before children. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length ? [prefix] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))]
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))]
  return here
}

/** Replaces (or, when `replacement` is undefined, deletes) the value at `path`. */
function mutate(root: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(root)
  let parent = copy as Record<string | number, Json>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  const last = path.at(-1)!
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else parent[last] = replacement
  return copy
}

const base = JSON.parse(JSON.stringify(generateDataset(0.05, 3))) as Json
const basePaths = paths(base).filter((p) => p[0] !== 'derived')

describe('dataset validation properties', () => {
  it('accepts every generated dataset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(0.02, 0.05, 0.1),
        (seed, scale) => {
          const result = validateDataset(JSON.parse(JSON.stringify(generateDataset(scale, seed))))
          expect(result.ok ? [] : result.problems).toEqual([])
        },
      ),
      { numRuns: 25 },
    )
  })

  it('never throws on a mutated dataset, and names a path for every problem it finds', () => {
    let rejected = 0
    fc.assert(
      fc.property(
        fc.nat(basePaths.length - 1),
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        (i, replacement) => {
          const result = validateDataset(
            mutate(base, basePaths[i]!, replacement as Json | undefined),
          )
          if (result.ok) return
          rejected++
          expect(result.problems.length).toBeGreaterThan(0)
          for (const p of result.problems) {
            expect(p.collection).toMatch(/\S/)
            expect(p.message).toMatch(/\S/)
          }
        },
      ),
      { numRuns: 300 },
    )
    // Most random mutations break something; if none did, the property above tested nothing.
    expect(rejected).toBeGreaterThan(150)
  })
})
