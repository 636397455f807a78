import { formatProblem } from '../../dataset/problems'
import type { Problem } from '../../dataset/verify'

/** The full validation report as plain text, one problem a line, for download. */
export function problemReport(file: string, message: string, problems: readonly Problem[]): string {
  return (
    [
      `Blueline validation report for ${file}`,
      message,
      '',
      ...problems.map((p) => formatProblem(p)),
    ].join('\n') + '\n'
  )
}
