import type { ExportData } from '../../components/export-menu'
import { stanceWords, type MatrixView } from '../../dataset/select/matrix'
import { matrixFigure } from './matrix-svg'
import type { MarkFlagger } from '../../dataset/select/mark-flags'

/** The matrix as export rows: one per actor and issue shown, with the stance in force at the end of the range. */
export function matrixExport(matrix: MatrixView, flagger?: MarkFlagger): ExportData {
  const cells = matrix.actors.flatMap((a) => matrix.issues.map((i) => matrix.cell(a.id, i.id)))
  return {
    columns: [
      'actor',
      'issue',
      'stance',
      'implied',
      'changed_in_range',
      'disputed',
      'date_inferred',
      'date_partly_in_range',
      'positions',
      'workspace_only',
    ],
    rows: cells.map((c) => ({
      actor: c.actor.name,
      issue: c.issue.label,
      stance: stanceWords(c),
      implied: c.impliedStances.join(' and '),
      changed_in_range: c.changedInRange,
      disputed: c.disputed,
      date_inferred: c.inferred,
      date_partly_in_range: c.partlyInRange,
      positions: c.current.map((p) => p.id).join(' '),
      workspace_only: !!flagger?.flags(c.history.map((p) => p.id)).workspaceOnly,
    })),
    records: cells.flatMap((c) => c.current),
    figure: (theme) => matrixFigure(matrix, theme, flagger),
    sources: [
      ...new Set(cells.flatMap((c) => c.current.flatMap((p) => p.evidence.map((e) => e.source)))),
    ],
  }
}
