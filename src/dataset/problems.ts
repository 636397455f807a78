import type { Problem } from './verify'

/** `positions[3].evidence[0].quote` */
export function formatPath(p: Problem): string {
  return p.collection + p.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')
}

/** One line per problem, the same wording in the build, the CLI and the app. */
export function formatProblem(p: Problem, file?: string): string {
  const where = `${file ? `${file}: ` : ''}${formatPath(p)}${p.recordId ? ` (record "${p.recordId}")` : ''}`
  return `${where}: ${p.message}`
}
