import type { MatrixView, MatrixViewCell } from '../../dataset/select/matrix'
import { STANCE_ORDER } from '../../dataset/vocabulary'
import type { ExportTheme } from '../../lib/export/export-theme'
import {
  clipText,
  el,
  mix,
  text,
  textWidth,
  wrapText,
  type SvgFigure,
} from '../../lib/export/svg-writer'
import { STANCE_STYLE } from '../../components/palette'
import type { MarkFlagger } from '../../dataset/select/mark-flags'

const FONT = 12
const ROW = 28
const HEAD_LINES = 4
/** Past this many issues the columns narrow to the icons and their labels turn on end. */
const COMPACT_ABOVE = 16
const ROTATED_LABEL_PX = 170

/** "✔ supports Δ ⚠": what a cell shows, with the stance in words when the column has room. */
function cellText(c: MatrixViewCell, words: boolean, workspaceOnly: boolean): string {
  const stances = c.stances.map((s) =>
    words && c.stances.length === 1
      ? `${STANCE_STYLE[s].icon} ${STANCE_STYLE[s].label}`
      : STANCE_STYLE[s].icon,
  )
  const marks = [
    c.changedInRange ? 'Δ' : '',
    c.disputed ? '⚠' : '',
    c.inferred ? '°' : '',
    workspaceOnly ? '✎' : '',
  ]
  return [...stances, ...marks].filter(Boolean).join(' ')
}

/**
 * The position matrix as vector shapes: a tinted `<rect>` and a `<text>` per cell, actor names
 * down the left, issue labels (wrapped) across the top, the legend below. Sized to its content,
 * so nothing is left blank to the right.
 */
export function matrixFigure(
  matrix: MatrixView,
  theme: ExportTheme,
  /** Marks cells resting on records only in the analyst's workspace (✎), as on screen. */
  flagger?: MarkFlagger,
): SvgFigure {
  const compact = matrix.issues.length > COMPACT_ABOVE
  const COL = compact ? 40 : 112
  const longest = Math.max(60, ...matrix.actors.map((a) => textWidth(a.name, FONT, true)))
  const rowHead = Math.min(230, longest + 22)
  const headLines = matrix.issues.map((i) =>
    compact ? [] : wrapText(i.label, FONT, COL - 8, true).slice(0, HEAD_LINES),
  )
  const headHeight = compact
    ? ROTATED_LABEL_PX + 10
    : Math.max(1, ...headLines.map((l) => l.length)) * (FONT + 3) + 10
  const gridWidth = rowHead + matrix.issues.length * COL
  const parts: string[] = []
  matrix.issues.forEach((issue, col) => {
    const x = rowHead + col * COL
    // Labels on end read bottom to top, starting just above their column.
    if (compact)
      parts.push(
        text(clipText(issue.label, FONT, ROTATED_LABEL_PX, true), {
          transform: `translate(${x + COL / 2 + 4} ${headHeight - 6}) rotate(-60)`,
          'font-size': FONT,
          'font-weight': 700,
          fill: theme.fg,
        }),
      )
    headLines[col]!.forEach((line, k) =>
      parts.push(
        text(line, {
          x: x + 4,
          y: (k + 1) * (FONT + 3),
          'font-size': FONT,
          'font-weight': 700,
          fill: theme.fg,
        }),
      ),
    )
  })
  matrix.actors.forEach((actor, row) => {
    const y = headHeight + row * ROW
    parts.push(
      text(clipText(actor.name, FONT, rowHead - 10, true), {
        x: 0,
        y: y + ROW / 2 + 4,
        'font-size': FONT,
        'font-weight': 700,
        fill: theme.fg,
      }),
    )
    matrix.issues.forEach((issue, col) => {
      const c = matrix.cell(actor.id, issue.id)
      const main = c.stances[0]
      const x = rowHead + col * COL
      parts.push(
        el('rect', {
          x: x + 1,
          y: y + 1,
          width: COL - 2,
          height: ROW - 2,
          rx: 3,
          fill: main ? mix(theme.stance[main], 0.22, theme.bg) : theme.bg,
          stroke: theme.border,
        }),
      )
      const own = !!flagger?.flags(c.history.map((p) => p.id)).workspaceOnly
      const label = cellText(c, !compact, own)
      if (label)
        parts.push(
          text(clipText(label, FONT, COL - 10), {
            x: x + 6,
            y: y + ROW / 2 + 4,
            'font-size': FONT,
            fill: main ? theme.stance[main] : theme.fgSoft,
          }),
        )
    })
  })
  const legendY = headHeight + matrix.actors.length * ROW + 20
  let lx = 0
  const legend = [
    ...STANCE_ORDER.map((s) => ({
      label: `${STANCE_STYLE[s].icon} ${STANCE_STYLE[s].label}`,
      fill: theme.stance[s],
    })),
    { label: 'Δ changed in range', fill: theme.fgSoft },
    { label: '⚠ sources disagree', fill: theme.fgSoft },
    { label: '° date inferred', fill: theme.fgSoft },
    { label: 'empty: nothing said by the end of the range', fill: theme.fgSoft },
    ...(flagger?.hasWorkspaceOnly
      ? [{ label: '✎ only in your workspace, not published', fill: theme.fgSoft }]
      : []),
  ]
  let legendRows = 1
  for (const item of legend) {
    const w = textWidth(item.label, FONT - 1) + 16
    if (lx > 0 && lx + w > Math.max(gridWidth, 480)) {
      lx = 0
      legendRows++
    }
    parts.push(
      text(item.label, {
        x: lx,
        y: legendY + (legendRows - 1) * (FONT + 6),
        'font-size': FONT - 1,
        fill: item.fill,
      }),
    )
    lx += w
  }
  return {
    width: Math.max(gridWidth, 480),
    height: legendY + (legendRows - 1) * (FONT + 6) + 6,
    body: parts.join(''),
  }
}
