/**
 * `npm run validate -- FILE.json`: the app's and the build's checks on a dataset file, from the
 * command line. Prints every problem (same wording as the app) and exits 0 when valid, 1 otherwise.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DERIVED_ADVICE } from '../src/dataset/check-derived'
import { validateDataset } from '../src/dataset/validate'
import { formatProblem } from '../src/dataset/problems'

/** Validates one file; returns the lines to print and the exit code. */
export function validateFile(path: string): { lines: string[]; code: 0 | 1 } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    return { lines: [`${path}: cannot be read (${(e as Error).message})`], code: 1 }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { lines: [`${path}: not valid JSON (${(e as Error).message})`], code: 1 }
  }
  const result = validateDataset(raw)
  if (result.ok) {
    const d = result.value
    return {
      lines: [
        `${path}: valid (${d.positions.length} positions, ${d.casualties.length} casualty figures, ${d.meetings.length} meetings, ${d.sources.length} sources)`,
      ],
      code: 0,
    }
  }
  return {
    lines: [
      `${path}: ${result.problems.length} problem(s)`,
      ...result.problems.map((p) => `  ${formatProblem(p)}`),
      ...(result.problems.some((p) => p.collection === 'derived') ? [DERIVED_ADVICE] : []),
    ],
    code: 1,
  }
}

function main() {
  const files = process.argv.slice(2)
  if (files.length === 0) {
    console.error('usage: npm run validate -- FILE.json [FILE.json ...]')
    process.exit(2)
  }
  let code = 0
  for (const f of files) {
    const result = validateFile(resolve(f))
    for (const line of result.lines) (result.code ? console.error : console.log)(line)
    code = Math.max(code, result.code)
  }
  process.exit(code)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
